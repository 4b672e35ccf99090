using Waymark.Ratings;
using Waymark.Reporting.Content;

namespace Waymark.Reporting.Tests;

/// <summary>The report's tables, built once from the model on the Leeds sample, as every writer paints them.</summary>
public sealed class ReportTableTests(LeedsReportStore store) : IClassFixture<LeedsReportStore>
{
    [Fact]
    public async Task IndicatorAppendix_Q3200809_HoldsSeed002FiguresWithTheirUnitsAndPeriods()
    {
        ReportTable table = Tables.IndicatorAppendix(await Rendered.ModelAsync(store, "2008/09 Q3"));

        Assert.Equal("Performance indicators, Q3 2008/09", table.Caption);
        Assert.Equal(
            ["Indicator", "Polarity", "Result", "Target", "Annual target", "Rating", "Predicted year end", "Predicted rating", "Direction of travel", "England", "Region", "Statistical neighbours", "Data quality"],
            table.Columns.Select(c => c.Header));
        Assert.Equal(
            ["Result", "Target", "Annual target", "Predicted year end", "England", "Region", "Statistical neighbours"],
            table.Columns.Where(c => c.Alignment == ColumnAlignment.End).Select(c => c.Header));
        IReadOnlyList<ReportCell> looked = table.Rows.Single(r => r[0].Text.StartsWith("LSP-HW2Bi ", StringComparison.Ordinal));
        Assert.Equal("81.6 per 10,000", looked[2].Text);
        Assert.Equal(CellKind.Figure, looked[2].Kind);
        Assert.Equal("54.3 per 10,000 (2008/09 Q3)", looked[9].Text);
        Assert.Equal("59.5 per 10,000 (2008/09 Q3)", looked[11].Text);
        Assert.All(table.Rows, r => Assert.Equal(13, r.Count));
        Assert.All(table.Rows, r => Assert.Equal((CellKind.Rating, CellKind.Rating, CellKind.Direction), (r[5].Kind, r[7].Kind, r[8].Kind)));
    }

    [Fact]
    public async Task RatingSummary_Q3201011_IsSeed001TableWithEachRatingInWords()
    {
        ReportTable? table = Tables.RatingSummary(await Rendered.ModelAsync(store, "2010/11 Q3"));

        Assert.NotNull(table);
        Assert.Equal(["Q3 2010/11", "Number", "%"], table.Columns.Select(c => c.Header));
        Assert.Equal(
            [("Red", Rating.Red, "4", "12%"), ("Amber", Rating.Amber, "11", "33%"), ("Green", Rating.Green, "15", "45%"), ("Unable to traffic light", Rating.NotRated, "3", "9%")],
            table.Rows.Select(r => (r[0].Words, r[0].Rating!.Value, r[1].Words, r[2].Words)));
    }

    [Fact]
    public async Task PriorityProgress_Q3201011_IsSeed001ArrowsWithRatingsInWords()
    {
        ReportTable? table = Tables.PriorityProgress(await Rendered.ModelAsync(store, "2010/11 Q3"));

        Assert.NotNull(table);
        Assert.Equal(["Improvement priority", "2009/10 Q3", "2009/10 Q4", "2010/11 Q1", "2010/11 Q2", "2010/11 Q3"], table.Columns.Select(c => c.Header));
        IReadOnlyList<ReportCell> neet = table.Rows.Single(r => r[0].Text.StartsWith("LN-1d ", StringComparison.Ordinal));
        Assert.Equal(["Red ↑ improving", "Amber ↔ static"], neet.Skip(4).Select(c => c.Words));
        Assert.Equal([Rating.Red, Rating.Amber], neet.Skip(4).Select(c => c.Rating!.Value));
    }

    [Fact]
    public async Task IndicatorAppendix_Q3200809_FigureCellsHoldTheirNumberAndUnit()
    {
        ReportTable table = Tables.IndicatorAppendix(await Rendered.ModelAsync(store, "2008/09 Q3"));

        IReadOnlyList<ReportCell> looked = table.Rows.Single(r => r[0].Text.StartsWith("LSP-HW2Bi ", StringComparison.Ordinal));
        Assert.Equal(new FigureValue(81.6m, "rate_per_10000", 1), looked[2].Number);
        Assert.Null(looked[3].Number);
        Assert.Equal(string.Empty, looked[3].Text);
        Assert.Equal(new FigureValue(54.3m, "rate_per_10000", 1), looked[9].Number);
        IReadOnlyList<ReportCell> reviews = table.Rows.Single(r => r[0].Text.StartsWith("NI 66 ", StringComparison.Ordinal));
        Assert.Equal((77.4m, "percent", 1), (reviews[2].Number!.Value, reviews[2].Number!.Unit, reviews[2].Number!.Decimals));
    }

    [Fact]
    public async Task Meetings_Q3200809_ReadsEachBodyWithItsDate()
    {
        ReportTable? table = Tables.Meetings(await Rendered.ModelAsync(store, "2008/09 Q3"));

        Assert.NotNull(table);
        Assert.Equal("Meetings of the accountability process for Q3 2008/09", table.Caption);
        Assert.Equal(["Meeting", "Date"], table.Columns.Select(c => c.Header));
        Assert.Equal(
            [("CLT", "17 February 2009"), ("Leader Management Team", "19 February 2009"), ("Children's Services Scrutiny Board", "1 April 2009")],
            table.Rows.Select(r => (r[0].Words, r[1].Words)));
    }

    [Fact]
    public async Task HighlightFigures_Q3200809_IsNi66AgainstItsTargetsInOneRow()
    {
        BoardReport report = await Rendered.ModelAsync(store, "2008/09 Q3");
        HighlightedIndicator ni66 = report.Highlights.Single(h => h.Line.Code == "NI 66");

        ReportTable table = Tables.HighlightFigures(report, ni66);

        Assert.Equal("NI 66 at Q3 2008/09", table.Caption);
        Assert.Equal(["Result", "Target", "Rating", "Predicted year end", "Annual target", "Predicted rating", "Direction of travel"], table.Columns.Select(c => c.Header));
        Assert.False(table.RowHeaders);
        Assert.Equal(["77.4%", "80.0%", "Amber", "70.0%", "80.0%", "Red", "not comparable"], table.Rows.Single().Select(c => c.Words));
        Assert.Equal([Rating.Amber, Rating.Red], table.Rows.Single().Where(c => c.Kind == CellKind.Rating).Select(c => c.Rating!.Value));
        Assert.Null(Tables.HighlightComparators(ni66));
    }

    [Fact]
    public async Task HighlightComparators_Q3200809_ReadsEnglandAndNeighboursWithTheirPeriod()
    {
        BoardReport report = await Rendered.ModelAsync(store, "2008/09 Q3");
        IndicatorLine looked = report.IndicatorAppendix.Single(l => l.Code == "LSP-HW2Bi");

        ReportTable? table = Tables.HighlightComparators(new HighlightedIndicator(looked, null, []));

        Assert.NotNull(table);
        Assert.Equal("LSP-HW2Bi compared with England, the region and statistical neighbours", table.Caption);
        Assert.Equal(["England", "Region", "Statistical neighbours"], table.Columns.Select(c => c.Header));
        Assert.Equal(["54.3 per 10,000 (2008/09 Q3)", "", "59.5 per 10,000 (2008/09 Q3)"], table.Rows.Single().Select(c => c.Words));
        Assert.Equal([54.3m, null, 59.5m], table.Rows.Single().Select(c => c.Number?.Value));
    }

    [Fact]
    public async Task HighlightTrend_Q3200809_IsALinePerRowAndAPeriodPerColumn()
    {
        BoardReport report = await Rendered.ModelAsync(store, "2008/09 Q3");

        ReportTable? table = Tables.HighlightTrend(report.Highlights.Single(h => h.Line.Code == "NI 66"));

        Assert.NotNull(table);
        Assert.Equal("NI 66 trend: the figures in the chart", table.Caption);
        Assert.Equal(["Line", "2008/09 Q1", "2008/09 Q2", "2008/09 Q3"], table.Columns.Select(c => c.Header));
        Assert.Equal(["Result", "79.0%", "78.1%", "77.4%"], table.Rows.Single(r => r[0].Text == "Result").Select(c => c.Words));
        Assert.Equal(["Target", "80.0%", "80.0%", "80.0%"], table.Rows.Single(r => r[0].Text == "Target").Select(c => c.Words));
    }

    [Fact]
    public async Task Assessment_Q1200708_IsSeed000CpaTable_Cpa2006AsRecordedAndCpa2007FromTheRules()
    {
        ReportTable? table = Tables.Assessment(await Rendered.ModelAsync(store, "2007/08 Q1"));

        Assert.NotNull(table);
        Assert.Equal(
            "CPA scores; CPA 2006 as recorded; CPA 2007 predicted by the rules of CPA 2007 (its thresholds are illustrative) from results up to Q1 2007/08: "
            + "each score says whether it is computed from the indicators, carried forward from CPA 2006 (provisional) or entered from an inspection",
            table.Caption);
        Assert.Equal(["Block", "CPA 2006", "CPA 2007 (provisional)"], table.Columns.Select(c => c.Header));
        Assert.Equal(
            [
                "Direction of Travel | Improving Adequately | no score recorded",
                "Star Category | 3 star | 4 star (computed from the blocks)",
                "Corporate Assessment | 3 | 3 (carried forward)",
                "Use of Resources | 3 | 3 (carried forward)",
                "Level 1 Services: Children & Young People | 3 | 3 (carried forward)",
                "Level 1 Services: Social Care (Adults) | 3 | 3 (carried forward)",
                "Level 1 Services: Benefits | 3 | 3 (carried forward)",
                "Level 2 Services: Culture Service Assessment | 2 | 3 (computed)",
                "Level 2 Services: Environment Service Assessment | 3 | 3 (carried forward)",
                "Level 2 Services: Housing Service Assessment | 3 | 3 (carried forward)",
            ],
            table.Rows.Select(r => string.Join(" | ", r.Select(c => c.Words))));
        IReadOnlyList<ReportCell> children = table.Rows.Single(r => r[0].Text == "Level 1 Services: Children & Young People");
        Assert.Equal([CellKind.Text, CellKind.Text, CellKind.CarriedForward], children.Select(c => c.Kind));
        IReadOnlyList<ReportCell> star = table.Rows.Single(r => r[0].Text == "Star Category");
        Assert.Equal([CellKind.Text, CellKind.Text, CellKind.Text], star.Select(c => c.Kind));
    }

    [Fact]
    public async Task Assessment_Q3201011_IsTheCouncilsSelfAssessment_SayingWhyABlockHasNoPrediction()
    {
        BoardReport report = await Rendered.ModelAsync(store, "2010/11 Q3");
        ReportTable? table = Tables.Assessment(report);

        Assert.NotNull(table);
        Assert.Equal(["Block", "Self-assessment 2010/11 (provisional)"], table.Columns.Select(c => c.Header));
        Assert.Equal(
            [
                "Leadership and management | no prediction, as no inspection score has been entered for this round and there is no previous score to carry forward",
                "Safeguarding | 3 (computed)",
                "Looked after children | 3 (computed)",
                "Young people | 2 (computed)",
                "Overall category | Requires improvement (computed from the blocks)",
            ],
            table.Rows.Select(r => string.Join(" | ", r.Select(c => c.Words))));
        Assert.Contains("Safeguarding: Rests on predicted year ends for 5 of 5 indicators.", report.Assessment!.Notes);
    }

    [Fact]
    public async Task Tracker_Q3201011_ReadsHw3aOfficersAndAgreedRating()
    {
        TrackerEntry hw3a = (await Rendered.ModelAsync(store, "2010/11 Q3")).Trackers.Single(t => t.Priority == "HW-3a");

        ReportTable table = Tables.Tracker(hw3a);

        Assert.Equal("HW-3a action tracker", table.Caption);
        Assert.Equal(["Item", "Detail"], table.Columns.Select(c => c.Header));
        Assert.Equal(
            ["Plan", "Lead officer", "Accountable director", "Overall rating", "Direction of travel", "Contextual update", "Challenges and risks"],
            table.Rows.Select(r => r[0].Words));
        IReadOnlyList<ReportCell> rating = table.Rows.Single(r => r[0].Text == "Overall rating");
        Assert.Equal(("Amber", Rating.Amber), (rating[1].Words, rating[1].Rating!.Value));
        Assert.Equal("↑ improving", table.Rows.Single(r => r[0].Text == "Direction of travel")[1].Words);
    }

    [Fact]
    public void Tracker_NotAgreed_SaysSoInWords()
    {
        var tracker = new TrackerEntry("HW-3a", "Safeguarding", "Leeds Strategic Plan 2008-11", true, null, null, null, null, "draft", null, null, [], []);

        ReportCell rating = Tables.Tracker(tracker).Rows.Single(r => r[0].Text == "Overall rating")[1];

        Assert.Equal((CellKind.Text, "Not agreed", (Rating?)null), (rating.Kind, rating.Words, rating.Rating));
        Assert.Null(Tables.KeyActions(tracker));
    }

    [Fact]
    public async Task KeyActions_Q3201011_ReadsHw3aActionsWithOwnerDueDateAndProgress()
    {
        TrackerEntry hw3a = (await Rendered.ModelAsync(store, "2010/11 Q3")).Trackers.Single(t => t.Priority == "HW-3a");

        ReportTable? table = Tables.KeyActions(hw3a);

        Assert.NotNull(table);
        Assert.Equal("HW-3a key actions", table.Caption);
        Assert.Equal(["Action", "Owner", "Due", "Progress"], table.Columns.Select(c => c.Header));
        Assert.Equal(
            ["Remove duplicate referrals created during the system migration", "Sam Patel", "31 January 2011", "Nearly complete; a validated figure will be reported at Q4."],
            table.Rows[0].Select(c => c.Words));
    }

    [Fact]
    public async Task TrackerIndicators_Q3201011_AreTheIndicatorTableOfTheTrackersPriority()
    {
        TrackerEntry hw3a = (await Rendered.ModelAsync(store, "2010/11 Q3")).Trackers.Single(t => t.Priority == "HW-3a");

        ReportTable table = Tables.TrackerIndicators(hw3a);

        Assert.Equal("HW-3a performance indicators", table.Caption);
        Assert.Equal(Tables.IndicatorColumns, table.Columns);
        Assert.Equal(hw3a.Indicators.Select(l => $"{l.Code} {l.Title}"), table.Rows.Select(r => r[0].Words));
    }

    [Theory]
    [InlineData(null, null, "Not agreed not given")]
    [InlineData(Rating.Green, null, "Green not given")]
    [InlineData(null, DirectionOfTravel.Improving, "Not agreed ↑ improving")]
    [InlineData(Rating.Red, DirectionOfTravel.Deteriorating, "Red ↓ deteriorating")]
    [InlineData(Rating.Amber, DirectionOfTravel.NotComparable, "Amber not comparable")]
    public void ForProgress_ReadsTheRatingThenTheDirection(Rating? rating, DirectionOfTravel? direction, string words)
    {
        ReportCell cell = ReportCell.ForProgress(new ProgressCell(rating, direction));

        Assert.Equal((CellKind.Progress, rating, words), (cell.Kind, cell.Rating, cell.Words));
    }
}
