using Microsoft.EntityFrameworkCore;

using Waymark.Data.Reports;
using Waymark.Periods;
using Waymark.Reporting.Building;
using Waymark.Reporting.Content;
using Waymark.Reporting.Writers;

namespace Waymark.Reporting.Tests;

/// <summary>Officer-written narrative: stored with the report, its figures filled in from the data.</summary>
public sealed class NarrativeTests : IAsyncLifetime
{
    private readonly LeedsReportStore store = new();

    public Task InitializeAsync() => store.InitializeAsync();

    public Task DisposeAsync() => store.DisposeAsync();

    private async Task WriteAsync(string period, string section, string text, string? indicator = null)
    {
        await using var db = store.Open();
        int board = await db.Boards.Where(b => b.Name == LeedsReportStore.Board).Select(b => b.Id).SingleAsync();
        int? indicatorId = indicator is null ? null : await db.Indicators.Where(i => i.Code == indicator).Select(i => i.Id).SingleAsync();
        db.ReportNarratives.Add(new ReportNarrative
        {
            BoardId = board,
            Period = ReportingPeriod.Parse(period),
            Section = section,
            IndicatorId = indicatorId,
            Text = text,
            WrittenBy = "officer@example.org",
            WrittenAt = store.Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task OfficerText_HasItsFiguresFilledIn()
    {
        await WriteAsync("2010/11 Q3", NarrativeSections.ExecutiveSummary, "Of the indicators available, {green_percent}% ({green}/{total}) are green.\n\nThe {board} asked for {red} red ones to be explained.");

        BoardReport report = await Rendered.ModelAsync(store, "2010/11 Q3");

        Assert.True(report.ExecutiveSummary.OfficerWritten);
        Assert.Equal(
            ["Of the indicators available, 45% (15/33) are green.", "The Children's Services Scrutiny Board asked for 4 red ones to be explained."],
            report.ExecutiveSummary.Paragraphs);
    }

    [Fact]
    public async Task HighlightedByTheOfficer_DataOnlyIndicator_ShowsSeed002Comparators()
    {
        await WriteAsync("2008/09 Q3", NarrativeSections.Highlight, "Leeds performs less well than the England average and its statistical neighbours.", "LSP-HW2Bi");

        BoardReport report = await Rendered.ModelAsync(store, "2008/09 Q3");

        Assert.Equal(["NI 43", "NI 66", "LSP-HW2Bi"], report.Highlights.Select(h => h.Line.Code));
        HighlightedIndicator looked = report.Highlights[2];
        Assert.Equal((81.6m, 54.3m, 59.5m), (looked.Line.Value!.Value, looked.Line.Comparators.England!.Value, looked.Line.Comparators.Neighbours!.Value));
        Assert.Equal("Leeds performs less well than the England average and its statistical neighbours.", looked.Explanation);
        string html = HtmlReportWriter.Write(report);
        Assert.Matches(
            "<caption>LSP-HW2Bi compared with England, the region and statistical neighbours</caption>\n<thead><tr><th scope=\"col\">England</th><th scope=\"col\">Region</th><th scope=\"col\">Statistical neighbours</th></tr></thead>\n<tbody>\n"
            + "<tr><td class=\"number\">54.3 per 10,000 \\(2008/09 Q3\\)</td><td class=\"number\">[^<]*</td><td class=\"number\">59.5 per 10,000 \\(2008/09 Q3\\)</td></tr>",
            html);
    }

    [Fact]
    public async Task FrontSheet_OfficerFields_ReplaceTheDefaults()
    {
        await WriteAsync("2008/09 Q3", NarrativeSections.Originator, "Marilyn Summers");
        await WriteAsync("2008/09 Q3", NarrativeSections.ReportOf, "Head of Policy, Performance and Improvement");
        await WriteAsync("2008/09 Q3", NarrativeSections.SpecificImplications, "Narrowing the Gap");

        FrontSheet front = (await Rendered.ModelAsync(store, "2008/09 Q3")).FrontSheet;

        Assert.Equal(("Marilyn Summers", "Head of Policy, Performance and Improvement"), (front.Originator, front.ReportOf));
        Assert.Equal([false, false, true], front.SpecificImplications.Select(i => i.Applies));
        Assert.Equal("Children's Services Scrutiny Board Performance Report Quarter 3 2008/09", front.Subject);
    }
}
