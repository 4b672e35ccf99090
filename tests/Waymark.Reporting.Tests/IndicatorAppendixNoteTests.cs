using Waymark.Reporting.Content;
using Waymark.Reporting.Writers;

namespace Waymark.Reporting.Tests;

/// <summary>The indicator appendix shows each indicator's definition in words under its code and title, in every writer that paints the table.</summary>
public sealed class IndicatorAppendixNoteTests(LeedsReportStore store) : IClassFixture<LeedsReportStore>
{
    private const string Definition = "Children looked after at the end of the quarter, per 10,000 children under 18";

    [Fact]
    public async Task IndicatorAppendix_LineWithADefinition_CarriesItAsTheNoteOfItsFirstCellOnly()
    {
        ReportTable table = Tables.IndicatorAppendix(await WithDefinitionAsync());

        IReadOnlyList<ReportCell> looked = table.Rows.Single(r => r[0].Text.StartsWith("LSP-HW2Bi ", StringComparison.Ordinal));
        Assert.Equal(Definition, looked[0].Note);
        Assert.All(looked.Skip(1).Where((_, i) => i + 1 != Tables.RatingColumn), c => Assert.Null(c.Note));
        Assert.All(table.Rows.Where(r => r != looked), r => Assert.Null(r[0].Note));
    }

    [Fact]
    public async Task Html_LineWithADefinition_ShowsItUnderTheIndicatorInTheAppendix()
    {
        BoardReport report = await WithDefinitionAsync();
        var rendered = new Rendered(await ReportWriter.RenderAsync(report, ReportFormat.Html));

        Assert.Contains($"<th scope=\"row\">LSP-HW2Bi {Title(report)} <span class=\"note\">{Definition}</span></th>", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_LineWithADefinition_ShowsItAsASecondParagraphOfTheIndicatorCell()
    {
        BoardReport report = await WithDefinitionAsync();
        var rendered = new Rendered(await ReportWriter.RenderAsync(report, ReportFormat.Docx));

        Assert.Contains($"LSP-HW2Bi {Title(report)}\n{Definition} | ", rendered.DocxText(), StringComparison.Ordinal);
    }

    private static string Title(BoardReport report) => report.IndicatorAppendix.Single(l => l.Code == "LSP-HW2Bi").Title;

    private async Task<BoardReport> WithDefinitionAsync()
    {
        BoardReport report = await Rendered.ModelAsync(store, "2008/09 Q3");
        return report with
        {
            IndicatorAppendix = [.. report.IndicatorAppendix.Select(l => l.Code == "LSP-HW2Bi" ? l with { Definition = Definition } : l)],
        };
    }
}
