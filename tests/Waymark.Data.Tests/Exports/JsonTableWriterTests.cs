using System.Text.Json;

using Waymark.Data.Exports;

using static Waymark.Data.Tests.Exports.Tables;

namespace Waymark.Data.Tests.Exports;

public class JsonTableWriterTests
{
    [Fact]
    public async Task Write_Numbers_AreJsonNumbersThatKeepTheirDecimals()
    {
        ExportTable table = Of("results", ["value", "target", "count"], [N(77.4m, 1), N(80m, 1), N(863m, 0)]);

        using JsonDocument json = JsonDocument.Parse(await JsonAsync(table));

        JsonElement row = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(JsonValueKind.Number, row.GetProperty("target").ValueKind);
        Assert.Equal("77.4", row.GetProperty("value").GetRawText());
        Assert.Equal("80.0", row.GetProperty("target").GetRawText());
        Assert.Equal("863", row.GetProperty("count").GetRawText());
        Assert.Equal(80.0m, row.GetProperty("target").GetDecimal());
    }

    [Fact]
    public async Task Write_NothingIsNullAndTextAndDatesAreStrings()
    {
        ExportTable table = Of(
            "results",
            ["indicator", "target", "commentary", "period_start"],
            [T("NI 66"), Empty, T("Young offenders' \"access\" to £ support"), D(2010, 10, 1)]);

        string text = await JsonAsync(table);

        using JsonDocument json = JsonDocument.Parse(text);
        JsonElement row = json.RootElement[0];
        Assert.Equal(JsonValueKind.Null, row.GetProperty("target").ValueKind);
        Assert.Equal("Young offenders' \"access\" to £ support", row.GetProperty("commentary").GetString());
        Assert.Equal("2010-10-01", row.GetProperty("period_start").GetString());
        Assert.Contains("\"commentary\": \"Young offenders' \\\"access\\\" to £ support\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_ObjectsKeepTheColumnsInOrder()
    {
        ExportTable table = Of("results", ["indicator", "period", "value"], [T("NI 66"), T("2008/09 Q3"), N(77.4m, 1)], [T("NI 43"), T("2008/09 Q3"), N(11.3m, 1)]);

        using JsonDocument json = JsonDocument.Parse(await JsonAsync(table));

        Assert.Equal(
            [["indicator", "period", "value"], ["indicator", "period", "value"]],
            json.RootElement.EnumerateArray().Select(o => o.EnumerateObject().Select(p => p.Name).ToArray()));
        Assert.Equal(["NI 66", "NI 43"], json.RootElement.EnumerateArray().Select(o => o.GetProperty("indicator").GetString()));
    }

    [Fact]
    public async Task Write_NoRows_IsAnEmptyArray()
    {
        string text = await JsonAsync(Of("results", ["indicator"]));

        Assert.Equal("[]\n", text);
    }

    [Fact]
    public async Task Write_ManyRows_IsOneWholeArray()
    {
        var rows = Enumerable.Range(1, 3_000).Select(i => new[] { T("NI " + i + " ✓"), N(i / 10m, 1) }).ToArray();
        var text = new StringWriter();

        long written = await JsonTableWriter.WriteAsync(Of("results", ["indicator", "value"], rows), text);

        using JsonDocument json = JsonDocument.Parse(text.ToString());
        Assert.Equal(3_000, written);
        Assert.Equal(3_000, json.RootElement.GetArrayLength());
        Assert.Equal("NI 3000 ✓", json.RootElement[2_999].GetProperty("indicator").GetString());
        Assert.Equal("300.0", json.RootElement[2_999].GetProperty("value").GetRawText());
    }
}
