"""Excel workbooks: the coverage export, the curriculum workbook round trip, the template."""
