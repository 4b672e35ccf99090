using DocumentFormat.OpenXml.Spreadsheet;

using Waymark.Data.Exports;

using static Waymark.Data.Tests.Exports.Tables;

namespace Waymark.Data.Tests.Exports;

public class XlsxWorkbookWriterTests
{
    private static readonly string[] ResultColumns = ["indicator", "period", "value", "target", "rating", "commentary"];

    private static ExportTable Results() => Of(
        "results",
        ResultColumns,
        [T("NI 66"), T("2008/09 Q3"), N(77.4m, 1), N(80m, 1), T("amber"), T("Reviews late, two officers to be recruited")],
        [T("NI 43"), T("2008/09 Q3"), N(11.3m, 1), N(6.8m, 1), T("red"), Empty],
        [T("NI 111"), T("2010/11 Q3"), N(863m, 0), N(863m, 0), T("green"), Empty]);

    [Fact]
    public async Task Write_Numbers_AreNumericCellsNotText()
    {
        Workbook workbook = await Workbook.WriteAsync(Results());

        string sheet = workbook.Part("xl/worksheets/sheet1.xml");
        Assert.Contains("<x:c r=\"C2\" s=\"3\"><x:v>77.4</x:v></x:c>", sheet, StringComparison.Ordinal);
        Assert.Contains("<x:c r=\"D2\" s=\"3\"><x:v>80.0</x:v></x:c>", sheet, StringComparison.Ordinal);
        Assert.Contains("<x:c r=\"C4\" s=\"4\"><x:v>863</x:v></x:c>", sheet, StringComparison.Ordinal);
        Assert.DoesNotContain("t=\"s\"", sheet, StringComparison.Ordinal);
        (Cell? value, _, _) = workbook.Cell("results", "C2");
        Assert.Null(value!.DataType);
        Assert.Equal("77.4", value.CellValue!.Text);
    }

    [Fact]
    public async Task Write_Numbers_AreFormattedToShowTheirDecimals()
    {
        Workbook workbook = await Workbook.WriteAsync(Results());

        Assert.Equal("0.0", workbook.Cell("results", "D2").NumberFormat);
        Assert.Equal("0", workbook.Cell("results", "D4").NumberFormat);
        Assert.Contains("<x:numFmt numFmtId=\"164\" formatCode=\"0.0\" />", workbook.Part("xl/styles.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_Text_IsInlineStrings()
    {
        Workbook workbook = await Workbook.WriteAsync(Results());

        Assert.Contains(
            "<x:c r=\"A2\" t=\"inlineStr\"><x:is><x:t>NI 66</x:t></x:is></x:c>",
            workbook.Part("xl/worksheets/sheet1.xml"),
            StringComparison.Ordinal);
        (Cell? commentary, _, _) = workbook.Cell("results", "F2");
        Assert.Equal(CellValues.InlineString, commentary!.DataType!.Value);
        Assert.Equal("Reviews late, two officers to be recruited", commentary.InlineString!.InnerText);
    }

    [Fact]
    public async Task Write_Nothing_IsNoCell()
    {
        Workbook workbook = await Workbook.WriteAsync(Results());

        Assert.Null(workbook.Cell("results", "F3").Cell);
        Assert.Contains("<x:c r=\"E3\" t=\"inlineStr\"><x:is><x:t>red</x:t></x:is></x:c></x:row>", workbook.Part("xl/worksheets/sheet1.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_HeaderRow_IsBoldAndFrozenInView()
    {
        Workbook workbook = await Workbook.WriteAsync(Results());

        string sheet = workbook.Part("xl/worksheets/sheet1.xml");
        Assert.Contains("<x:pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\" />", sheet, StringComparison.Ordinal);
        Assert.Equal(
            ResultColumns,
            ResultColumns.Select((_, i) => workbook.Cell("results", $"{(char)('A' + i)}1").Cell!.InlineString!.InnerText));
        Assert.True(workbook.Cell("results", "A1").Bold);
        Assert.True(workbook.Cell("results", "F1").Bold);
        Assert.False(workbook.Cell("results", "A2").Bold);
    }

    [Fact]
    public async Task Write_Columns_AreAsWideAsTheTableAsks()
    {
        var table = new ExportTable(
            "indicators",
            [new ExportColumn("code", 12), new ExportColumn("title", 60), new ExportColumn("predicted_year_end")],
            new[] { (IReadOnlyList<ExportCell>)[T("NI 66"), T("Looked after children cases"), N(70m, 1)] }.ToAsyncEnumerable());

        Workbook workbook = await Workbook.WriteAsync(table);

        using var document = workbook.Open();
        var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Equal([12d, 60d, 20d], worksheet.Descendants<Column>().Select(c => c.Width!.Value));
        Assert.All(worksheet.Descendants<Column>(), c => Assert.True(c.CustomWidth!.Value));
    }

    [Fact]
    public async Task Write_Dates_AreDateSerialNumbers()
    {
        Workbook workbook = await Workbook.WriteAsync(Of("periods", ["period", "start"], [T("2010/11 Q3"), D(2010, 10, 1)], [T("1900"), D(1900, 1, 1)]));

        (Cell? start, string? format, _) = workbook.Cell("periods", "B2");
        Assert.Equal("40452", start!.CellValue!.Text);
        Assert.Null(start.DataType);
        Assert.Equal("14", format);
        Assert.Equal("1900-01-01", workbook.Cell("periods", "B3").Cell!.InlineString!.InnerText);
    }

    [Fact]
    public async Task Write_TextXmlCannotCarryOrWithOuterSpaces_IsKeptReadable()
    {
        Workbook workbook = await Workbook.WriteAsync(Of("notes", ["note"], [T("Late\u0001 return")], [T("  indented ")]));

        Assert.Equal("Late\uFFFD return", workbook.Cell("notes", "A2").Cell!.InlineString!.InnerText);
        Assert.Contains("<x:t xml:space=\"preserve\">  indented </x:t>", workbook.Part("xl/worksheets/sheet1.xml"), StringComparison.Ordinal);
        Assert.Empty(workbook.ValidationErrors());
    }

    [Fact]
    public async Task Write_EachTable_IsAWorksheetInOrder()
    {
        Workbook workbook = await Workbook.WriteAsync(
            Of("indicators", ["code"], [T("NI 66")]),
            Results());

        Assert.Equal(["indicators", "results"], workbook.SheetNames());
        Assert.Equal("NI 43", workbook.Cell("results", "A3").Cell!.InlineString!.InnerText);
        Assert.Contains("tabSelected=\"1\"", workbook.Part("xl/worksheets/sheet1.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("tabSelected", workbook.Part("xl/worksheets/sheet2.xml"), StringComparison.Ordinal);
        Assert.Equal(4, workbook.Rows);
    }

    [Fact]
    public async Task Write_MoreRowsThanAWorksheetHolds_CarryOnInNumberedWorksheetsWithTheirOwnHeader()
    {
        var rows = Enumerable.Range(1, 5).Select(i => new[] { T("NI " + i), N(i, 1) }).ToArray();

        Workbook workbook = await Workbook.WriteAsync(3, Of("results", ["indicator", "value"], rows));

        Assert.Equal(["results", "results (2)", "results (3)"], workbook.SheetNames());
        Assert.Equal("indicator", workbook.Cell("results (2)", "A1").Cell!.InlineString!.InnerText);
        Assert.Equal("NI 3", workbook.Cell("results (2)", "A2").Cell!.InlineString!.InnerText);
        Assert.Equal("5.0", workbook.Cell("results (3)", "B2").Cell!.CellValue!.Text);
        Assert.Null(workbook.Cell("results (3)", "A3").Cell);
        Assert.Equal(5, workbook.Rows);
        Assert.Empty(workbook.ValidationErrors());
    }

    [Fact]
    public async Task Write_Workbook_IsAValidPackage()
    {
        Workbook workbook = await Workbook.WriteAsync(Results(), Of("empty", ["code"]));

        Assert.Empty(workbook.ValidationErrors());
        Assert.Equal(
            ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels", "[Content_Types].xml"],
            workbook.PartNames());
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>", workbook.Part("xl/workbook.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_TablesWithTheSameName_IsABug()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Workbook.WriteAsync(Results(), Results()));
    }

    [Theory]
    [InlineData("results", true)]
    [InlineData("results 2010/11", false)]
    [InlineData("'results'", false)]
    [InlineData("a name that is thirty-two chars!", false)]
    [InlineData("", false)]
    public void IsValidName_FollowsExcelsRulesForWorksheetNames(string name, bool valid)
    {
        Assert.Equal(valid, ExportTable.IsValidName(name));
    }
}
