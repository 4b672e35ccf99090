using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Reporting.Building;
using Waymark.Reporting.Content;
using Waymark.Reporting.Text;

namespace Waymark.Reporting.Tests;

/// <summary>The report model on the Leeds sample, against the figures the council published.</summary>
public sealed class BoardReportModelTests(LeedsReportStore store) : IClassFixture<LeedsReportStore>
{
    private async Task<BoardReport> BuildAsync(string period, bool allTrackers = false)
    {
        await using var db = store.Open();
        ReportBuild build = await BoardReportBuilder.BuildAsync(db, new ReportRequest(LeedsReportStore.Board, ReportingPeriod.Parse(period), AllTrackers: allTrackers));
        Assert.True(build.Succeeded, build.Error);
        return build.Report;
    }

    [Fact]
    public async Task Q3201011_RatingSummary_IsSeed001Table()
    {
        BoardReport report = await BuildAsync("2010/11 Q3");

        Assert.NotNull(report.RatingSummary);
        Assert.Equal(
            [("Red", 4, 12), ("Amber", 11, 33), ("Green", 15, 45), ("Unable to traffic light", 3, 9)],
            report.RatingSummary.Rows.Select(r => (r.Label, r.Count, r.Percent)));
        Assert.Equal((33, 0), (report.RatingSummary.Total, report.RatingSummary.WithoutResult));
        Assert.Contains("of the indicators which are available at the current time 45% (15/33) are green and on track to hit target.", report.ExecutiveSummary.Paragraphs[0], StringComparison.Ordinal);
        Assert.False(report.ExecutiveSummary.OfficerWritten);
    }

    [Fact]
    public async Task Q3201011_PriorityProgress_IsSeed001Arrows()
    {
        BoardReport report = await BuildAsync("2010/11 Q3");

        Assert.NotNull(report.PriorityProgress);
        Assert.Equal(["2009/10 Q3", "2009/10 Q4", "2010/11 Q1", "2010/11 Q2", "2010/11 Q3"], report.PriorityProgress.Periods);
        Assert.Equal(
            [
                ("HW-1d/CYPP 7", "↓ ↓ ↔ ↔ ↔"),
                ("HW-3a", "↓ ↑ ↑ ↑ ↑"),
                ("LN-1d", "↔ ↑ ↔ ↑ ↔"),
            ],
            report.PriorityProgress.Rows.Select(r => (r.Code, string.Join(' ', r.Cells.Select(c => c!.Direction!.Value.ToArrow())))));
        PriorityProgressRow neet = report.PriorityProgress.Rows.Single(r => r.Code == "LN-1d");
        Assert.Equal(Rating.Red, neet.Cells[3]!.Rating);
        Assert.Equal(Rating.Amber, neet.Cells[4]!.Rating);
    }

    [Fact]
    public async Task Q3201011_Trackers_AreTheHighRiskOnesRatedRedOrAmber_AndTheirIndicatorsLeaveTheAppendix()
    {
        BoardReport report = await BuildAsync("2010/11 Q3");

        Assert.True(report.Contents.IndicatorReport);
        Assert.All(report.Trackers, t => Assert.True(t.HighRisk));
        Assert.All(report.Trackers, t => Assert.Contains(t.Rating, new Rating?[] { Rating.Red, Rating.Amber }));
        Assert.Contains(report.Trackers, t => t.Priority == "LN-1d");
        var inTrackers = report.Trackers.SelectMany(t => t.Indicators).Select(i => i.Code).ToHashSet();
        Assert.NotEmpty(inTrackers);
        Assert.Equal(33 - inTrackers.Count, report.IndicatorAppendix.Count);
        Assert.DoesNotContain(report.IndicatorAppendix, l => inTrackers.Contains(l.Code));
    }

    [Fact]
    public async Task Q3200809_Highlights_AreSeed002Figures()
    {
        BoardReport report = await BuildAsync("2008/09 Q3");

        IndicatorLine ni66 = report.Highlights.Single(h => h.Line.Code == "NI 66").Line;
        Assert.Equal((77.4m, 80.0m, 70.0m, Rating.Amber, Rating.Red), (ni66.Value!.Value, ni66.Target!.Value, ni66.PredictedYearEnd!.Value, ni66.Rating, ni66.PredictedRating));
        IndicatorLine ni43 = report.Highlights.Single(h => h.Line.Code == "NI 43").Line;
        Assert.Equal((11.3m, 6.8m, 12.0m, Rating.Red), (ni43.Value!.Value, ni43.Target!.Value, ni43.PredictedYearEnd!.Value, ni43.Rating));
        IndicatorLine looked = report.IndicatorAppendix.Single(l => l.Code == "LSP-HW2Bi");
        Assert.Equal(81.6m, looked.Value);
        Assert.Equal(54.3m, looked.Comparators.England?.Value);
        Assert.Equal(59.5m, looked.Comparators.Neighbours?.Value);
    }

    [Fact]
    public async Task Q3200809_RatingSummary_CountsIndicatorsWithNoResultAsUnableToTrafficLight()
    {
        BoardReport report = await BuildAsync("2008/09 Q3");

        // 3 of the board's 33 indicators have a result for Q3 2008/09 (NI 43 red, NI 66 amber, LSP-HW2Bi data only);
        // the other 30 have none, and like the seeds' "unable to traffic light" row they are counted, not left out.
        Assert.NotNull(report.RatingSummary);
        Assert.Equal(
            [("Red", 1, 3), ("Amber", 1, 3), ("Green", 0, 0), ("Unable to traffic light", 31, 94)],
            report.RatingSummary.Rows.Select(r => (r.Label, r.Count, r.Percent)));
        Assert.Equal((33, 30), (report.RatingSummary.Total, report.RatingSummary.WithoutResult));
        Assert.Contains(
            "In addition a Performance Indicator (PI) report is provided. Results are held for 3 of the 33 indicators at Q3 2008/09; of these, 0% (0/3) are green and on track to hit target.",
            report.ExecutiveSummary.Paragraphs[0],
            StringComparison.Ordinal);
        Assert.Equal(
            "Results are held for 3 of the 33 indicators at Q3 2008/09; of these, 0% (0/3) are green and on track to hit target.",
            ReportWords.SummarySentence(report.RatingSummary, report.PeriodLabel));
    }

    [Fact]
    public async Task Q3200809_Background_NamesTheAccountabilityMeetings()
    {
        BoardReport report = await BuildAsync("2008/09 Q3");

        Assert.Equal(
            [("CLT", new DateOnly(2009, 2, 17)), ("Leader Management Team", new DateOnly(2009, 2, 19)), ("Children's Services Scrutiny Board", new DateOnly(2009, 4, 1))],
            report.Background.Meetings.Select(m => (m.Body, m.Date)));
        Assert.Equal(new DateOnly(2009, 4, 1), report.FrontSheet.Date);
        Assert.Contains("CLT on 17 February 2009 and Leader Management Team on 19 February 2009", report.Background.Text.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Q1200708_Assessment_IsSeed000CpaTable_WithCarriedForwardScoresMarked()
    {
        BoardReport report = await BuildAsync("2007/08 Q1");

        Assert.NotNull(report.Assessment);
        Assert.Equal([("CPA 2006", false), ("CPA 2007", true)], report.Assessment.Rounds.Select(r => (r.Name, r.Provisional)));
        Assert.Equal(10, report.Assessment.Blocks.Count);
        AssessmentBlock star = report.Assessment.Blocks.Single(b => b.Name == "Star Category");
        Assert.Equal([("3 star", false), ("4 star", false)], star.Scores.Select(s => (s.Score, s.CarriedForward)));
        AssessmentBlock children = report.Assessment.Blocks.Single(b => b.Name == "Children & Young People");
        Assert.Equal("Level 1 Services", children.Group);
        Assert.Equal([("3", false), ("3", true)], children.Scores.Select(s => (s.Score, s.CarriedForward)));
        Assert.Equal([("Improving Adequately", false), (null, false)], report.Assessment.Blocks[0].Scores.Select(s => (s.Score, s.CarriedForward)));
    }

    [Fact]
    public async Task Q2_TrackerQuarter_HasNoIndicatorReport_AndAllTrackersPutsGreenOnesIn()
    {
        BoardReport exceptions = await BuildAsync("2010/11 Q2");
        BoardReport all = await BuildAsync("2010/11 Q2", allTrackers: true);

        Assert.Null(exceptions.RatingSummary);
        Assert.Empty(exceptions.IndicatorAppendix);
        Assert.DoesNotContain(exceptions.Trackers, t => t.Rating == Rating.Green);
        Assert.Contains(all.Trackers, t => t.Rating == Rating.Green);
        Assert.Contains(all.Trackers, t => t.Priority == "HW-1b");
    }

    [Fact]
    public async Task UnknownBoard_IsNamedInTheError()
    {
        await using var db = store.Open();
        ReportBuild build = await BoardReportBuilder.BuildAsync(db, new ReportRequest("Adults Board", ReportingPeriod.Parse("2010/11 Q3")));
        Assert.Equal("there is no board 'Adults Board' in the store", build.Error);
    }
}
