using Waymark.Data.Store;
using Waymark.Ratings;
using Waymark.Reporting.Content;
using Waymark.Testing;

namespace Waymark.Reporting.Tests;

/// <summary>The report built from a PostgreSQL store gives the same published figures.</summary>
public sealed class PostgresReportTests : IAsyncLifetime
{
    private readonly LeedsReportStore store = new();

    public async Task InitializeAsync()
    {
        string connection = await PostgresServer.Shared.CreateDatabaseAsync();
        Assert.True(DatabaseLocation.TryParse("postgres:" + connection, out DatabaseLocation? location, out string? error), error);
        await store.FillAsync(location);
    }

    public Task DisposeAsync() => store.DisposeAsync();

    [Fact]
    public async Task Q3201011_SummaryAndArrows()
    {
        BoardReport report = await Rendered.ModelAsync(store, "2010/11 Q3");

        Assert.Equal([4, 11, 15, 3], report.RatingSummary!.Rows.Select(r => r.Count));
        Assert.Equal([12, 33, 45, 9], report.RatingSummary.Rows.Select(r => r.Percent));
        Assert.Equal("↓ ↑ ↑ ↑ ↑", string.Join(' ', report.PriorityProgress!.Rows.Single(r => r.Code == "HW-3a").Cells.Select(c => c!.Direction!.Value.ToArrow())));
    }

    [Fact]
    public async Task Q3200809_HighlightsAndComparators()
    {
        BoardReport report = await Rendered.ModelAsync(store, "2008/09 Q3");

        IndicatorLine ni66 = report.Highlights.Single(h => h.Line.Code == "NI 66").Line;
        Assert.Equal((77.4m, 80.0m, 70.0m), (ni66.Value!.Value, ni66.Target!.Value, ni66.PredictedYearEnd!.Value));
        IndicatorLine looked = report.IndicatorAppendix.Single(l => l.Code == "LSP-HW2Bi");
        Assert.Equal((54.3m, 59.5m), (looked.Comparators.England!.Value, looked.Comparators.Neighbours!.Value));
    }

    [Fact]
    public async Task Q1200708_CpaTable()
    {
        BoardReport report = await Rendered.ModelAsync(store, "2007/08 Q1");

        Assert.Equal(["CPA 2006", "CPA 2007"], report.Assessment!.Rounds.Select(r => r.Name));
        Assert.Equal(7, report.Assessment.Blocks.Count(b => b.Scores[1].CarriedForward));
        Assert.Equal(("3", "computed"), (report.Assessment.Blocks[7].Scores[1].Score, report.Assessment.Blocks[7].Scores[1].Source));
        Assert.Equal(("4 star", "computed from the blocks"), (report.Assessment.Blocks[1].Scores[1].Score, report.Assessment.Blocks[1].Scores[1].Source));
    }
}
