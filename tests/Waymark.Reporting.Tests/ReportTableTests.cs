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
            ["Indicator", "Polarity", "Result", "Target", "Rating", "Predicted year end", "Predicted rating", "Direction of travel", "England", "Region", "Statistical neighbours", "Data quality"],
            table.Columns.Select(c => c.Header));
        Assert.Equal(
            ["Result", "Target", "Predicted year end", "England", "Region", "Statistical neighbours"],
            table.Columns.Where(c => c.Alignment == ColumnAlignment.End).Select(c => c.Header));
        IReadOnlyList<ReportCell> looked = table.Rows.Single(r => r[0].Text.StartsWith("LSP-HW2Bi ", StringComparison.Ordinal));
        Assert.Equal("81.6 per 10,000", looked[2].Text);
        Assert.Equal(CellKind.Figure, looked[2].Kind);
        Assert.Equal("54.3 per 10,000 (2008/09 Q3)", looked[8].Text);
        Assert.Equal("59.5 per 10,000 (2008/09 Q3)", looked[10].Text);
        Assert.All(table.Rows, r => Assert.Equal(12, r.Count));
        Assert.All(table.Rows, r => Assert.Equal((CellKind.Rating, CellKind.Rating, CellKind.Direction), (r[4].Kind, r[6].Kind, r[7].Kind)));
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
