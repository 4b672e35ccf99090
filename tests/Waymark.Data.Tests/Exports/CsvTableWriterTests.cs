using Waymark.Data.Exports;

using static Waymark.Data.Tests.Exports.Tables;

namespace Waymark.Data.Tests.Exports;

public class CsvTableWriterTests
{
    [Fact]
    public async Task Write_FieldsWithCommasQuotesOrLineBreaks_AreQuotedWithQuotesDoubled()
    {
        ExportTable table = Of(
            "results",
            ["indicator", "commentary"],
            [T("NI 66"), T("Reviews late, two officers to be recruited")],
            [T("NI 43"), T("The board said \"well above target\"")],
            [T("NI 68"), T("Duplicates removed.\nFigures to follow.")],
            [T("NI 60"), T("1509 of 2000 on time")]);

        string csv = await CsvAsync(table);

        Assert.Equal(
            "indicator,commentary\n" +
            "NI 66,\"Reviews late, two officers to be recruited\"\n" +
            "NI 43,\"The board said \"\"well above target\"\"\"\n" +
            "NI 68,\"Duplicates removed.\nFigures to follow.\"\n" +
            "NI 60,1509 of 2000 on time\n",
            csv);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+44 113 222 4444", "\"'+44 113 222 4444\"")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "\"'-2+3+cmd|' /C calc'!A0\"")]
    [InlineData("@SUM(A1:A2)", "\"'@SUM(A1:A2)\"")]
    [InlineData("\t=1", "\"'\t=1\"")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("-16", "-16")]
    [InlineData("-28.5", "-28.5")]
    [InlineData("Rose 5% = on target", "Rose 5% = on target")]
    public async Task Write_TextThatASpreadsheetWouldRunAsAFormula_IsNeutralisedButNumbersStayNumbers(string text, string written)
    {
        ExportTable table = Of("results", ["commentary"], [T(text)]);

        string csv = await CsvAsync(table);

        Assert.Equal("commentary\n" + written + "\n", csv);
    }

    [Fact]
    public async Task Write_NegativeNumbers_StayNumbers()
    {
        ExportTable table = Of("results", ["value", "change"], [N(-16m, 0), N(-28.25m, 2)]);

        string csv = await CsvAsync(table);

        Assert.Equal("value,change\n-16,-28.25\n", csv);
    }

    [Fact]
    public async Task Write_Numbers_AreWrittenAtTheirDecimals()
    {
        ExportTable table = Of(
            "results",
            ["target", "value", "rate", "count", "numerator"],
            [N(80m, 1), N(77.45m, 1), N(87.417m, 1), N(1151m, 0), ExportCell.FromNumber(1509.000m)],
            [N(6.8m, 2), N(-3m, 0), N(0m, 1), N(1.125m, 2), ExportCell.FromNumber(12.50m)]);

        string csv = await CsvAsync(table);

        Assert.Equal(
            "target,value,rate,count,numerator\n" +
            "80.0,77.5,87.4,1151,1509\n" +
            "6.80,-3,0.0,1.13,12.5\n",
            csv);
    }

    [Fact]
    public async Task Write_NothingAndDates_AreEmptyFieldsAndIsoDates()
    {
        ExportTable table = Of(
            "results",
            ["indicator", "target", "reason", "period_start"],
            [T("NI 66"), N(null, 1), T(null), D(2010, 10, 1)],
            [T("NI 19"), Empty, T(string.Empty), Empty]);

        string csv = await CsvAsync(table);

        Assert.Equal("indicator,target,reason,period_start\nNI 66,,,2010-10-01\nNI 19,,,\n", csv);
    }

    [Fact]
    public async Task Write_EveryLine_EndsWithALineFeedOnly()
    {
        ExportTable table = Of("results", ["indicator"], [T("NI 66")], [T("NI 43")]);

        string csv = await CsvAsync(table);

        Assert.DoesNotContain('\r', csv);
        Assert.Equal(["indicator", "NI 66", "NI 43", string.Empty], csv.Split('\n'));
    }

    [Fact]
    public async Task Write_ManyRows_AreAllWrittenAndCounted()
    {
        var rows = Enumerable.Range(1, 5_000).Select(i => new[] { T("NI " + i), N(i / 10m, 1) }).ToArray();
        var text = new StringWriter();

        long written = await CsvTableWriter.WriteAsync(Of("results", ["indicator", "value"], rows), text);

        string[] lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5_000, written);
        Assert.Equal(5_001, lines.Length);
        Assert.Equal("NI 5000,500.0", lines[^1]);
    }

    [Fact]
    public async Task Write_RowWithTheWrongNumberOfCells_IsABug()
    {
        ExportTable table = Of("results", ["indicator", "value"], [T("NI 66")]);

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => CsvAsync(table));

        Assert.Equal("Row 1 of the results table has 1 cells but the table has 2 columns.", e.Message);
    }
}
