using System.Text.RegularExpressions;

using Waymark.Ratings;
using Waymark.Reporting.Content;
using Waymark.Reporting.Text;
using Waymark.Reporting.Writers;

namespace Waymark.Reporting.Tests;

/// <summary>The members' guidance sheet, written from the rules the report was built by, as a reader sees it in each format.</summary>
public sealed partial class GuidanceSheetTests(LeedsReportStore store) : IClassFixture<LeedsReportStore>
{
    private const string Tolerances = "The tolerances in force for the board's indicators: 5% of the target for 29 indicators;";

    [Fact]
    public async Task Q3201011_Guidance_NamesTheTolerancesInForceAndEveryReason()
    {
        BoardReport report = await Rendered.ModelAsync(store, "2010/11 Q3");

        AppendixLine last = report.Background.Appendices[^1];
        Assert.Equal((3, "Guidance for members"), (last.Number, last.Title));
        string amber = report.Guidance.Single(g => g.Term == "Amber").Meaning;
        Assert.Contains(Tolerances, amber, StringComparison.Ordinal);
        Assert.Contains("0.5 of the indicator's unit for 2 indicators", amber, StringComparison.Ordinal);
        Assert.Contains("10% of the target for 1 indicator", amber, StringComparison.Ordinal);
        Assert.Equal(
            ["Unable to traffic light (data only)", "Unable to traffic light (withheld for data quality)", "Unable to traffic light (no result)", "Unable to traffic light (no target)"],
            report.Guidance.Select(g => g.Term).Where(t => t.StartsWith("Unable", StringComparison.Ordinal)));
        Assert.Contains(report.Guidance, g => g.Term == "↑ improving" && g.Meaning.StartsWith("Better than the same period a year earlier", StringComparison.Ordinal));
        Assert.Contains(report.Guidance, g => g.Term == "+ increased, − decreased");
        Assert.Contains(report.Guidance, g => g.Term == "Exception reporting" && g.Meaning.StartsWith("At this period only the action trackers of high risk improvement priorities are considered, and only those rated red or amber", StringComparison.Ordinal));
        Assert.Contains(report.Guidance, g => g.Term == "Special cause concern: significantly lower");
        Assert.Contains(report.Guidance, g => g.Term == "Hit or miss: the target lies between the limits");
    }

    [Fact]
    public async Task Q3201011_Guidance_IsReadInEveryFormat()
    {
        BoardReport report = await Rendered.ModelAsync(store, "2010/11 Q3");

        string html = new Rendered(await ReportWriter.RenderAsync(report, ReportFormat.Html)).Text;
        Assert.Contains("<h2>Appendix 3: Guidance for members</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>What the words and signs of this report mean</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Red</th><td>The result misses its target by more than the indicator&#39;s tolerance.</td>", html, StringComparison.Ordinal);

        string docx = new Rendered(await ReportWriter.RenderAsync(report, ReportFormat.Docx)).DocxText();
        Assert.Contains("Appendix 3: Guidance for members\n", docx, StringComparison.Ordinal);
        Assert.Contains("Consistently fails the target | The target lies on or beyond the process limit on the better side", docx, StringComparison.Ordinal);

        var xlsx = new Rendered(await ReportWriter.RenderAsync(report, ReportFormat.Xlsx));
        Assert.Contains("name=\"Guidance\"", xlsx.Part("xl/workbook.xml"), StringComparison.Ordinal);
        int sheets = Regex.Count(xlsx.Part("xl/workbook.xml"), "<x:sheet ");
        string guidance = xlsx.Part($"xl/worksheets/sheet{sheets - 1}.xml");
        Assert.Contains("<x:t>Unable to traffic light (no target)</x:t>", guidance, StringComparison.Ordinal);
        Assert.Contains(Tolerances, guidance.Replace("&#39;", "'", StringComparison.Ordinal), StringComparison.Ordinal);

        string pdf = Spaces().Replace(new Rendered(await ReportWriter.RenderAsync(report, ReportFormat.Pdf)).PdfText(store.PathOf(string.Empty)), " ");
        Assert.Contains("Appendix 3: Guidance for members", pdf, StringComparison.Ordinal);
        Assert.Contains("5% of the target for 29 indicators", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Q3201011_IndicatorAppendix_WritesEachIndicatorsControlChartIconsUnderItsRating()
    {
        BoardReport report = await Rendered.ModelAsync(store, "2010/11 Q3");
        ReportTable table = Tables.IndicatorAppendix(report);

        Assert.Equal("Rating", table.Columns[Tables.RatingColumn].Header);
        Assert.All(table.Rows, r => Assert.Matches("^(No variation or assurance icon \\(.+\\)|(No variation icon \\(.+\\)|Common cause variation: no significant change|Special cause .+); (no assurance icon \\(.+\\)|Consistently passes the target|Hit or miss: the target lies between the limits|Consistently fails the target))$", r[Tables.RatingColumn].Note));
        IReadOnlyList<ReportCell> looked = table.Rows.Single(r => r[0].Text.StartsWith("LSP-HW2Bi ", StringComparison.Ordinal));
        Assert.Matches("^No variation or assurance icon \\([0-9]+ points, 13 needed\\)$", looked[Tables.RatingColumn].Note);
        IReadOnlyList<ReportCell> custody = table.Rows.Single(r => r[0].Text.StartsWith("NI 43 ", StringComparison.Ordinal));
        Assert.Equal("No variation or assurance icon (11 points, 13 needed)", custody[Tables.RatingColumn].Note);

        string html = new Rendered(await ReportWriter.RenderAsync(report, ReportFormat.Html)).Text;
        Assert.Contains("<span class=\"note\">" + System.Net.WebUtility.HtmlEncode(looked[Tables.RatingColumn].Note), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Direction_WithoutPolarity_IsANeutralSignNeverTheImprovingArrow()
    {
        Assert.Equal("+ increased", ReportWords.Direction(DirectionOfTravel.Increased));
        Assert.Equal("− decreased", ReportWords.Direction(DirectionOfTravel.Decreased));
        Assert.Equal("↑ improving", ReportWords.Direction(DirectionOfTravel.Improving));
        Assert.Equal("↓ deteriorating", ReportWords.Direction(DirectionOfTravel.Deteriorating));
    }

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
