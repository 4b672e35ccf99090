using System.Xml.Linq;

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

using Waymark.Reporting.Writers;

namespace Waymark.Reporting.Tests;

/// <summary>The report's workbook as Excel shows it: titles, headers in words, number formats, rating fills, filters and print setup, read from its XML.</summary>
public sealed class XlsxWorkbookTests(LeedsReportStore store) : IClassFixture<LeedsReportStore>
{
    private static readonly XNamespace X = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private const string Title = "Leeds City Council: Children's Services Scrutiny Board, ";

    [Fact]
    public async Task Q3201011_RatingSummary_NamesTheReport_FillsEachRating_AndShowsPercentagesAsPercent()
    {
        var book = new Book(await Rendered.OfAsync(store, "2010/11 Q3", ReportFormat.Xlsx));
        XElement sheet = book.Sheet("Rating summary");

        Assert.Equal(Title + "Q3 2010/11", Book.Text(sheet, "A1"));
        Assert.Equal("Performance indicator ratings, Q3 2010/11", Book.Text(sheet, "A2"));
        Assert.Equal(["Q3 2010/11", "Number", "%"], Book.Row(sheet, 3));
        Assert.Equal("Red", Book.Text(sheet, "A4"));
        Assert.Equal("FFF4CDC6", book.Fill(sheet, "A4"));
        Assert.Equal("Amber", Book.Text(sheet, "A5"));
        Assert.Equal("FFFFE9A8", book.Fill(sheet, "A5"));
        Assert.Equal("Green", Book.Text(sheet, "A6"));
        Assert.Equal("FFCCE2D8", book.Fill(sheet, "A6"));
        Assert.Equal("Unable to traffic light", Book.Text(sheet, "A7"));
        Assert.Null(book.Fill(sheet, "A7"));
        Assert.Equal(("4", "#,##0"), book.Number(sheet, "B4"));
        Assert.Equal(("0.12", "#,##0%"), book.Number(sheet, "C4"));
        Assert.Equal(("0.45", "#,##0%"), book.Number(sheet, "C6"));
    }

    [Fact]
    public async Task Q3201011_ProgressCells_AreFilledWithTheirRating_AndKeepTheirWords()
    {
        var book = new Book(await Rendered.OfAsync(store, "2010/11 Q3", ReportFormat.Xlsx));
        XElement sheet = book.Sheet("Priority progress");

        XElement red = sheet.Descendants(X + "c").First(c => c.Value == "Red ↑ improving");
        Assert.Equal("FFF4CDC6", book.Fill(sheet, (string)red.Attribute("r")!));
        XElement amber = sheet.Descendants(X + "c").First(c => c.Value == "Amber ↔ static");
        Assert.Equal("FFFFE9A8", book.Fill(sheet, (string)amber.Attribute("r")!));
    }

    [Fact]
    public async Task Q3200809_IndicatorAppendix_HasFormatsForEachUnit_TheRatingFilled_AndTheIconsInWords()
    {
        var book = new Book(await Rendered.OfAsync(store, "2008/09 Q3", ReportFormat.Xlsx));
        XElement sheet = book.Sheet("Indicator appendix");

        Assert.Equal(Title + "Q3 2008/09", Book.Text(sheet, "A1"));
        Assert.Equal("Performance indicators, Q3 2008/09", Book.Text(sheet, "A2"));
        Assert.Equal(
            ["Indicator", "Polarity", "Result", "Target", "Annual target", "Rating", "Control chart icons", "Predicted year end", "Predicted rating", "Direction of travel", "England", "Region", "Statistical neighbours", "Data quality"],
            Book.Row(sheet, 3));
        int ni66 = Book.RowOf(sheet, "NI 66 ");
        Assert.Equal(("0.774", "#,##0.0%"), book.Number(sheet, $"C{ni66}"));
        Assert.Equal(("0.8", "#,##0.0%"), book.Number(sheet, $"D{ni66}"));
        Assert.Equal("Amber", Book.Text(sheet, $"F{ni66}"));
        Assert.Equal("FFFFE9A8", book.Fill(sheet, $"F{ni66}"));
        Assert.StartsWith("No variation", Book.Text(sheet, $"G{ni66}"), StringComparison.Ordinal);
        Assert.Equal("Red", Book.Text(sheet, $"I{ni66}"));
        Assert.Equal("FFF4CDC6", book.Fill(sheet, $"I{ni66}"));
        int hw2 = Book.RowOf(sheet, "LSP-HW2Bi ");
        Assert.Equal(("81.6", "#,##0.0\" per 10,000\""), book.Number(sheet, $"C{hw2}"));
        Assert.Equal(("54.3", "#,##0.0\" per 10,000\""), book.Number(sheet, $"K{hw2}"));
        Assert.Equal("Unable to traffic light (data only)", Book.Text(sheet, $"F{hw2}"));
        Assert.Null(book.Fill(sheet, $"F{hw2}"));
        int ni19 = Book.RowOf(sheet, "NI 19 ");
        Assert.Equal(string.Empty, Book.Blank(sheet, $"C{ni19}"));
    }

    [Fact]
    public async Task Q1200708_AssessmentSheet_IsSeed000CpaTable_CarriedForwardCellsGreyAndSaidInWords()
    {
        var book = new Book(await Rendered.OfAsync(store, "2007/08 Q1", ReportFormat.Xlsx));
        XElement sheet = book.Sheet("Assessment");

        Assert.Equal(["Block", "CPA 2006", "CPA 2007 (provisional)"], Book.Row(sheet, 3));
        Assert.Equal(["Direction of Travel", "Improving Adequately", "no score recorded"], Book.Row(sheet, 4));
        Assert.Equal(["Star Category", "3 star", "4 star (computed from the blocks)"], Book.Row(sheet, 5));
        Assert.Null(book.Fill(sheet, "C5"));
        int children = Book.RowOf(sheet, "Level 1 Services: Children & Young People");
        Assert.Equal(["Level 1 Services: Children & Young People", "3", "3 (carried forward)"], Book.Row(sheet, children));
        Assert.Equal("FFE5E5E5", book.Fill(sheet, $"C{children}"));
        Assert.Null(book.Fill(sheet, $"B{children}"));
        int culture = Book.RowOf(sheet, "Level 2 Services: Culture Service Assessment");
        Assert.Equal(["Level 2 Services: Culture Service Assessment", "2", "3 (computed)"], Book.Row(sheet, culture));
        Assert.Null(book.Fill(sheet, $"C{culture}"));
    }

    [Theory]
    [InlineData("2007/08 Q1")]
    [InlineData("2008/09 Q3")]
    [InlineData("2010/11 Q3")]
    public async Task EverySheet_IsFiltered_PrintsLandscapeToTheWidth_AndRepeatsItsHeaderRow(string period)
    {
        var book = new Book(await Rendered.OfAsync(store, period, ReportFormat.Xlsx));

        Assert.NotEmpty(book.Names);
        for (int i = 0; i < book.Names.Count; i++)
        {
            XElement sheet = book.Sheet(book.Names[i]);
            Assert.StartsWith(Title, Book.Text(sheet, "A1"), StringComparison.Ordinal);
            Assert.EndsWith(period.Split(' ')[1] + " " + period.Split(' ')[0], Book.Text(sheet, "A1"), StringComparison.Ordinal);
            int last = sheet.Descendants(X + "row").Select(r => (int)r.Attribute("r")!).Max();
            int columns = Book.Row(sheet, 3).Count;
            string lastColumn = ((char)('A' + columns - 1)).ToString();
            Assert.Equal($"A3:{lastColumn}{last}", (string)sheet.Element(X + "autoFilter")!.Attribute("ref")!);
            XElement setup = sheet.Element(X + "pageSetup")!;
            Assert.Equal("landscape", (string)setup.Attribute("orientation")!);
            Assert.Equal("1", (string)setup.Attribute("fitToWidth")!);
            Assert.Equal("0", (string)setup.Attribute("fitToHeight")!);
            Assert.Equal("1", (string)sheet.Element(X + "sheetPr")!.Element(X + "pageSetUpPr")!.Attribute("fitToPage")!);
            Assert.Equal("3", (string)sheet.Descendants(X + "pane").Single().Attribute("ySplit")!);
            Assert.EndsWith("&RPage &P of &N", sheet.Descendants(X + "oddFooter").Single().Value, StringComparison.Ordinal);
            string quoted = "'" + book.Names[i].Replace("'", "''", StringComparison.Ordinal) + "'";
            Assert.Contains(book.DefinedNames, n => n.Name == "_xlnm.Print_Titles" && n.Sheet == i && n.Value == $"{quoted}!$3:$3");
            Assert.Contains(book.DefinedNames, n => n.Name == "_xlnm._FilterDatabase" && n.Sheet == i && n.Value == $"{quoted}!$A$3:${lastColumn}${last}");
        }
    }

    [Theory]
    [InlineData("2007/08 Q1")]
    [InlineData("2010/11 Q3")]
    public async Task Workbook_IsValidOpenXml(string period)
    {
        byte[] bytes = (await Rendered.OfAsync(store, period, ReportFormat.Xlsx)).Bytes;

        using SpreadsheetDocument document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
    }

    [Theory]
    [InlineData("percent", 1, "#,##0.0%")]
    [InlineData("rate_per_1000", 2, "#,##0.00\" per 1,000\"")]
    [InlineData("rate_per_100000", 0, "#,##0\" per 100,000\"")]
    [InlineData("currency", 0, "\"£\"#,##0;\\-\"£\"#,##0")]
    [InlineData("currency", 2, "\"£\"#,##0.00;\\-\"£\"#,##0.00")]
    [InlineData("days", 0, "[=1]#,##0\" day\";#,##0\" days\"")]
    [InlineData("number", 0, "#,##0")]
    [InlineData("score", 1, "#,##0.0")]
    public void NumberFormat_ShowsTheUnitAsTheReportWritesIt(string unit, int decimals, string format) =>
        Assert.Equal(format, XlsxReportWriter.NumberFormat(unit, decimals));

    /// <summary>A workbook's sheets and styles, read from its parts.</summary>
    private sealed class Book
    {
        private readonly Rendered xlsx;
        private readonly List<XElement> xfs;
        private readonly List<XElement> fills;
        private readonly Dictionary<string, string> formats;

        public Book(Rendered xlsx)
        {
            this.xlsx = xlsx;
            XDocument workbook = XDocument.Parse(xlsx.Part("xl/workbook.xml"));
            Names = [.. workbook.Descendants(X + "sheet").Select(s => (string)s.Attribute("name")!)];
            DefinedNames = [.. workbook.Descendants(X + "definedName").Select(n => ((string)n.Attribute("name")!, (int)n.Attribute("localSheetId")!, n.Value))];
            XDocument styles = XDocument.Parse(xlsx.Part("xl/styles.xml"));
            xfs = [.. styles.Root!.Element(X + "cellXfs")!.Elements(X + "xf")];
            fills = [.. styles.Root!.Element(X + "fills")!.Elements(X + "fill")];
            formats = styles.Root!.Element(X + "numFmts")?.Elements(X + "numFmt").ToDictionary(f => (string)f.Attribute("numFmtId")!, f => (string)f.Attribute("formatCode")!) ?? [];
        }

        public List<string> Names { get; }

        public List<(string Name, int Sheet, string Value)> DefinedNames { get; }

        public XElement Sheet(string name)
        {
            int index = Names.IndexOf(name);
            Assert.True(index >= 0, $"There is no sheet {name}.");
            var rels = XDocument.Parse(xlsx.Part("xl/_rels/workbook.xml.rels"));
            XNamespace r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
            string id = (string)XDocument.Parse(xlsx.Part("xl/workbook.xml")).Descendants(X + "sheet").ElementAt(index).Attribute(r + "id")!;
            string target = (string)rels.Root!.Elements().Single(e => (string)e.Attribute("Id")! == id).Attribute("Target")!;
            return XDocument.Parse(xlsx.Part("xl/" + target.TrimStart('/').Replace("xl/", string.Empty, StringComparison.Ordinal))).Root!;
        }

        public static List<string> Row(XElement sheet, int row) =>
            [.. sheet.Descendants(X + "row").Single(r => (int)r.Attribute("r")! == row).Elements(X + "c").Select(c => c.Value)];

        public static int RowOf(XElement sheet, string start) =>
            (int)sheet.Descendants(X + "row").Single(r => r.Elements(X + "c").First().Value.StartsWith(start, StringComparison.Ordinal)).Attribute("r")!;

        public static string Text(XElement sheet, string reference)
        {
            XElement cell = Cell(sheet, reference);
            Assert.Equal("inlineStr", (string?)cell.Attribute("t"));
            return cell.Value;
        }

        /// <summary>The value of a cell that is bordered but empty, as a figure without a value is.</summary>
        public static string Blank(XElement sheet, string reference)
        {
            XElement cell = Cell(sheet, reference);
            Assert.Null(cell.Element(X + "v"));
            Assert.NotNull(cell.Attribute("s"));
            return cell.Value;
        }

        public (string Value, string Format) Number(XElement sheet, string reference)
        {
            XElement cell = Cell(sheet, reference);
            Assert.Null(cell.Attribute("t"));
            string id = (string)xfs[(int?)cell.Attribute("s") ?? 0].Attribute("numFmtId")!;
            return (cell.Element(X + "v")!.Value, formats[id]);
        }

        /// <summary>The colour a cell is filled with, or null when it is not filled.</summary>
        public string? Fill(XElement sheet, string reference)
        {
            XElement xf = xfs[(int?)Cell(sheet, reference).Attribute("s") ?? 0];
            XElement pattern = fills[(int)xf.Attribute("fillId")!].Element(X + "patternFill")!;
            return (string?)pattern.Attribute("patternType") == "solid" ? (string)pattern.Element(X + "fgColor")!.Attribute("rgb")! : null;
        }

        private static XElement Cell(XElement sheet, string reference) =>
            sheet.Descendants(X + "c").SingleOrDefault(c => (string)c.Attribute("r")! == reference) ?? throw new InvalidOperationException($"There is no cell {reference}.");
    }
}
