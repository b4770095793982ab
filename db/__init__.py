"""Opening, creating and migrating curmap databases. Qt-free."""
