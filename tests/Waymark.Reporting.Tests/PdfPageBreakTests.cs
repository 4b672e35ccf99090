using Waymark.Periods;
using Waymark.Reporting.Building;
using Waymark.Reporting.Content;
using Waymark.Reporting.Writers;

namespace Waymark.Reporting.Tests;

/// <summary>The demo's PDFs leave no heading, caption or table header row alone at the foot of a page.</summary>
public sealed class PdfPageBreakTests(DemoReportStore store) : IClassFixture<DemoReportStore>
{
    [Theory]
    [InlineData("2007/08 Q1")]
    [InlineData("2008/09 Q2")]
    [InlineData("2008/09 Q3")]
    [InlineData("2010/11 Q3")]
    public async Task Pdf_EndsNoPageWithAHeadingCaptionOrHeaderRow(string period)
    {
        BoardReport report;
        await using (var db = store.Open())
        {
            ReportBuild build = await BoardReportBuilder.BuildAsync(db, new ReportRequest(Data.Demo.DemoCouncil.Board, ReportingPeriod.Parse(period)));
            Assert.True(build.Succeeded, build.Error);
            report = build.Report;
        }

        var headings = PageText.Headings(HtmlReportWriter.Write(report));
        IReadOnlyList<PdfPage> pages = new Rendered(await ReportWriter.RenderAsync(report, ReportFormat.Pdf)).PdfPages(store.Folder);

        Assert.True(pages.Count > 1, $"The PDF has {pages.Count} page.");
        Assert.True(headings.Titles.Count > 10 && headings.HeaderRows.Count > 0, $"The report has {headings.Titles.Count} headings and captions and {headings.HeaderRows.Count} tables.");
        Assert.Empty(PageText.EndingInAHeading(pages, headings));
    }
}
