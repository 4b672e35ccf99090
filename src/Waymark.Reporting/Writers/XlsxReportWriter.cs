using System.Globalization;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

using Waymark.Ratings;
using Waymark.Reporting.Content;
using Waymark.Texts;

namespace Waymark.Reporting.Writers;

/// <summary>
/// Writes the report as an Excel workbook ready for the office, one worksheet per table (<see cref="ReportTables.Sheets"/>):
/// the council, board and period in the first row and the table's caption in the second, the header row in words
/// third (frozen, filtered, and printed at the top of every page), then the rows. Each figure is its number with a
/// number format that shows its unit (a percentage as a fraction shown with <c>%</c>, a rate <c>per 10,000</c>, money
/// in pounds, days), each rating cell is filled with its colour and keeps its word, and a note under a cell (an
/// indicator's definition, its control chart icons) has a column of its own beside it. Every sheet prints landscape
/// on A4, fitted to the page's width, with the report's title and "Page N of M" in its footer.
/// </summary>
public static class XlsxReportWriter
{
    /// <summary>The row of each worksheet that holds the table's headers; the rows above name the report and the table.</summary>
    public const int HeaderRow = 3;

    /// <summary>The most characters a cell holds.</summary>
    public const int MaxCellText = 32_767;

    /// <summary>The fill of a cell of each rating, as the HTML report colours it; a rating not rated is left white.</summary>
    public static IReadOnlyDictionary<Rating, string> RatingFills { get; } = new Dictionary<Rating, string>
    {
        [Rating.Red] = "FFF4CDC6",
        [Rating.Amber] = "FFFFE9A8",
        [Rating.Green] = "FFCCE2D8",
    };

    private const string HeaderFill = "FFF3F2F1";

    private const string CarriedForwardFill = "FFE5E5E5";

    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/>, which must be able to seek.</summary>
    public static void Write(BoardReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using SpreadsheetDocument document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        WorkbookPart workbookPart = document.AddWorkbookPart();
        var styles = new Styles();
        var sheets = new Sheets();
        var names = new DefinedNames();
        string title = $"{report.Council}: {report.Board}, {report.PeriodLabel}";
        uint index = 0;
        foreach ((string name, ReportTable table) in ReportTables.Sheets(report))
        {
            WorksheetPart part = workbookPart.AddNewPart<WorksheetPart>();
            (Worksheet worksheet, string filtered) = Sheet(table, title, styles, selected: index == 0);
            part.Worksheet = worksheet;
            sheets.Append(new Sheet { Name = name, SheetId = index + 1, Id = workbookPart.GetIdOfPart(part) });
            string quoted = "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
            names.Append(new DefinedName($"{quoted}!{filtered}") { Name = "_xlnm._FilterDatabase", LocalSheetId = index, Hidden = true });
            names.Append(new DefinedName($"{quoted}!${HeaderRow}:${HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = index });
            index++;
        }

        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.ToStylesheet();
        workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView()), sheets, names);
    }

    /// <summary>The number format that shows a figure of <paramref name="unit"/> at <paramref name="decimals"/> as the report writes it.</summary>
    public static string NumberFormat(string unit, int decimals)
    {
        string number = "#,##0" + (decimals > 0 ? "." + new string('0', decimals) : string.Empty);
        return unit switch
        {
            "percent" => number + "%",
            "rate_per_1000" => number + "\" per 1,000\"",
            "rate_per_10000" => number + "\" per 10,000\"",
            "rate_per_100000" => number + "\" per 100,000\"",
            "days" => $"[=1]{number}\" day\";{number}\" days\"",
            "currency" => $"\"£\"{number};\\-\"£\"{number}",
            _ => number,
        };
    }

    /// <summary>The number a spreadsheet holds for a figure: a percentage as its fraction (77.4% as 0.774), so that the format's <c>%</c> shows it as the report does.</summary>
    public static decimal Stored(FigureValue figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Unit == "percent" ? figure.Value / 100m : figure.Value;
    }

    private static (Worksheet Sheet, string Filtered) Sheet(ReportTable table, string title, Styles styles, bool selected)
    {
        List<(string Header, int Source, bool Note, double Width)> columns = Columns(table);
        var data = new SheetData();
        data.Append(new Row(TextCell("A1", title, styles.Title)) { RowIndex = 1U });
        data.Append(new Row(TextCell("A2", table.Caption, styles.Caption)) { RowIndex = 2U });
        var header = new Row { RowIndex = HeaderRow };
        for (int c = 0; c < columns.Count; c++)
        {
            header.Append(TextCell(Reference(c, HeaderRow), columns[c].Header, styles.Header));
        }

        data.Append(header);
        uint rowIndex = HeaderRow;
        foreach (IReadOnlyList<ReportCell> cells in table.Rows)
        {
            var row = new Row { RowIndex = ++rowIndex };
            for (int c = 0; c < columns.Count; c++)
            {
                ReportCell cell = cells[columns[c].Source];
                string reference = Reference(c, rowIndex);
                if (columns[c].Note)
                {
                    row.Append(cell.Note is { } note
                        ? TextCell(reference, note, styles.Body(null, null, bold: false))
                        : new Cell { CellReference = reference, StyleIndex = styles.Body(null, null, bold: false) });
                }
                else if (cell.Kind == CellKind.Figure)
                {
                    // A figure without a value is an empty cell, bordered like the rest of the table.
                    row.Append(cell.Number is { } n
                        ? new Cell(new CellValue(Stored(n).ToString(CultureInfo.InvariantCulture)))
                        {
                            CellReference = reference,
                            StyleIndex = styles.Body(NumberFormat(n.Unit, n.Decimals), null, bold: false),
                        }
                        : new Cell { CellReference = reference, StyleIndex = styles.Body(null, null, bold: false) });
                }
                else
                {
                    string? fill = cell.Kind == CellKind.CarriedForward ? CarriedForwardFill
                        : cell.Rating is { } r && RatingFills.TryGetValue(r, out string? colour) ? colour : null;
                    bool bold = (table.RowHeaders && columns[c].Source == 0) || cell.Kind is CellKind.Rating or CellKind.Progress;
                    row.Append(TextCell(reference, cell.Words, styles.Body(null, fill, bold)));
                }
            }

            data.Append(row);
        }

        string last = Letters(columns.Count - 1);
        string filtered = $"$A${HeaderRow}:${last}${rowIndex}";
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = HeaderRow, TopLeftCell = $"A{HeaderRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{HeaderRow + 1}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A{HeaderRow + 1}" } })
            {
                TabSelected = selected ? true : null,
                WorkbookViewId = 0U,
            }),
            new Columns(columns.Select((c, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true })),
            data,
            new AutoFilter { Reference = $"A{HeaderRow}:{last}{rowIndex}" },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U },
            new HeaderFooter(new OddFooter(Footer(title))));
        return (worksheet, filtered);
    }

    /// <summary>The headers of <paramref name="table"/>'s worksheet: its own, each followed by a column of its cells' notes where they have any.</summary>
    public static IReadOnlyList<string> Headers(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return [.. Columns(table).Select(c => c.Header)];
    }

    // A column whose cells carry notes is followed by a column of the notes, headed by what they are.
    private static List<(string Header, int Source, bool Note, double Width)> Columns(ReportTable table)
    {
        var columns = new List<(string Header, int Source, bool Note, double Width)>();
        for (int i = 0; i < table.Columns.Count; i++)
        {
            columns.Add((table.Columns[i].Header, i, false, ReportTables.Width(table, i)));
            if (table.Rows.Any(r => r[i].Note is not null))
            {
                double width = Math.Clamp(table.Rows.Max(r => r[i].Note?.Length ?? 0) + 2, 12, 60);
                columns.Add((NoteHeader(table.Columns[i].Header), i, true, width));
            }
        }

        return columns;
    }

    /// <summary>What the notes of a column are: an indicator's definition in words, an indicator's control chart icons.</summary>
    private static string NoteHeader(string header) => header switch
    {
        "Indicator" => "Definition",
        "Rating" => "Control chart icons",
        _ => header + " note",
    };

    // The report's title at the left of the footer (an ampersand doubled, as the footer's codes start with one) and the page at the right.
    private static string Footer(string title) => "&L" + title.Replace("&", "&&", StringComparison.Ordinal) + "&RPage &P of &N";

    private static Cell TextCell(string reference, string text, uint style)
    {
        string safe = text.Length > MaxCellText
            ? (char.IsHighSurrogate(text[MaxCellText - 1]) ? text[..(MaxCellText - 1)] : text[..MaxCellText])
            : text;
        safe = PlainText.Writable(safe);
        var t = new DocumentFormat.OpenXml.Spreadsheet.Text(safe);
        if (safe.Length > 0 && (char.IsWhiteSpace(safe[0]) || char.IsWhiteSpace(safe[^1])))
        {
            t.Space = SpaceProcessingModeValues.Preserve;
        }

        return new Cell(new InlineString(t)) { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style == 0 ? null : style };
    }

    private static string Reference(int column, uint row) => Letters(column) + row.ToString(CultureInfo.InvariantCulture);

    // A, B, ..., Z, AA, AB, ...
    private static string Letters(int column)
    {
        string letters = string.Empty;
        for (int n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>The workbook's cell styles, each made once as the sheets ask for it.</summary>
    private sealed class Styles
    {
        private const uint FirstCustomFormat = 164;

        private readonly List<string> formats = [];
        private readonly List<string> fills = [];
        private readonly List<(uint Format, uint Font, uint Fill, uint Border, bool Wrap)> xfs = [(0, 0, 0, 0, false)];

        public Styles()
        {
            Title = Xf(0, 2, 0, 0, wrap: false);
            Caption = Xf(0, 3, 0, 0, wrap: false);
            Header = Xf(0, 1, Fill(HeaderFill), 1, wrap: true);
        }

        public uint Title { get; }

        public uint Caption { get; }

        public uint Header { get; }

        /// <summary>A body cell's style: its number format (none for words), its fill colour (none for white), bold or not; words wrap.</summary>
        public uint Body(string? format, string? fill, bool bold)
        {
            uint formatId = 0;
            if (format is not null)
            {
                int found = formats.IndexOf(format);
                if (found < 0)
                {
                    formats.Add(format);
                    found = formats.Count - 1;
                }

                formatId = FirstCustomFormat + (uint)found;
            }

            return Xf(formatId, bold ? 1U : 0U, fill is null ? 0U : Fill(fill), 1, wrap: format is null);
        }

        public Stylesheet ToStylesheet() => new(
            [
            .. formats.Count == 0 ? Array.Empty<OpenXmlElement>() : [new NumberingFormats(formats.Select((f, i) => new NumberingFormat { NumberFormatId = FirstCustomFormat + (uint)i, FormatCode = f })) { Count = (uint)formats.Count }],
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Arial" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Arial" }),
                new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Arial" }),
                new Font(new Italic(), new FontSize { Val = 11 }, new FontName { Val = "Arial" }))
            { Count = 4U },
            new Fills(
                [
                    new Fill(new PatternFill { PatternType = PatternValues.None }),
                    new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                    .. fills.Select(c => new Fill(new PatternFill(new ForegroundColor { Rgb = c }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid })),
                ])
            { Count = (uint)fills.Count + 2 },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(Thin<LeftBorder>(), Thin<RightBorder>(), Thin<TopBorder>(), Thin<BottomBorder>(), new DiagonalBorder()))
            { Count = 2U },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
            new CellFormats(xfs.Select(x => new CellFormat
            {
                NumberFormatId = x.Format,
                FontId = x.Font,
                FillId = x.Fill,
                BorderId = x.Border,
                FormatId = 0U,
                ApplyNumberFormat = x.Format != 0 ? true : null,
                ApplyFont = x.Font != 0 ? true : null,
                ApplyFill = x.Fill != 0 ? true : null,
                ApplyBorder = x.Border != 0 ? true : null,
                ApplyAlignment = x.Wrap ? true : null,
                Alignment = x.Wrap ? new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top } : null,
            }))
            { Count = (uint)xfs.Count },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U },
            ]);

        private static T Thin<T>()
            where T : BorderPropertiesType, new() => new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFB1B4B6" } };

        private uint Fill(string colour)
        {
            int found = fills.IndexOf(colour);
            if (found < 0)
            {
                fills.Add(colour);
                found = fills.Count - 1;
            }

            return (uint)found + 2;
        }

        private uint Xf(uint format, uint font, uint fill, uint border, bool wrap)
        {
            int found = xfs.IndexOf((format, font, fill, border, wrap));
            if (found < 0)
            {
                xfs.Add((format, font, fill, border, wrap));
                found = xfs.Count - 1;
            }

            return (uint)found;
        }
    }
}
