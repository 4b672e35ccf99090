using Microsoft.EntityFrameworkCore;

using Waymark.Data.Breakdowns;
using Waymark.Data.Demo;
using Waymark.Data.Imports;
using Waymark.Data.Store;
using Waymark.Gaps;
using Waymark.Periods;

namespace Waymark.Data.Tests.Demo;

/// <summary>The demo council's tests, run against each database engine by a subclass.</summary>
public abstract class DemoTestsBase : IAsyncLifetime
{
    private readonly TimeProvider clock = TimeProvider.System;

    protected DatabaseLocation Location { get; set; } = DatabaseLocation.Default;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    private WaymarkDb Open() => WaymarkDatabase.Open(Location, clock, "demo");

    private async Task<IReadOnlyList<ImportReport>> LoadAsync()
    {
        await using WaymarkDb db = Open();
        await SchemaMigrator.MigrateAsync(db, clock);
        return await DemoCouncil.LoadAsync(db, new ImportOptions("demo", clock));
    }

    private async Task<Dictionary<string, long>> CountsAsync()
    {
        await using WaymarkDb db = Open();
        return new Dictionary<string, long>
        {
            ["areas"] = await db.Areas.LongCountAsync(),
            ["indicators"] = await db.Indicators.LongCountAsync(),
            ["targets"] = await db.Targets.LongCountAsync(),
            ["results"] = await db.Results.LongCountAsync(),
            ["area values"] = await db.AreaValues.LongCountAsync(),
            ["group area values"] = await db.GroupAreaValues.LongCountAsync(),
            ["neighbour models"] = await db.NeighbourModels.LongCountAsync(),
            ["neighbours"] = await db.Neighbours.LongCountAsync(),
            ["priorities"] = await db.Priorities.LongCountAsync(),
            ["trackers"] = await db.Trackers.LongCountAsync(),
            ["meetings"] = await db.Meetings.LongCountAsync(),
            ["assessment scores"] = await db.AssessmentScores.LongCountAsync(),
        };
    }

    [Fact]
    public async Task Load_EmptyStore_ImportsEveryFileInOrder()
    {
        IReadOnlyList<ImportReport> reports = await LoadAsync();

        Assert.Equal(DemoCouncil.Files.Select(f => f.Name), reports.Select(r => r.File));
        Assert.All(reports, r => Assert.True(r.Succeeded, r.Summary()));
        Assert.All(reports, r => Assert.True(r.Added > 0, r.Summary()));
    }

    [Fact]
    public async Task Load_Twice_LeavesTheSameData()
    {
        await LoadAsync();
        Dictionary<string, long> first = await CountsAsync();

        IReadOnlyList<ImportReport> again = await LoadAsync();

        Assert.All(again, r => Assert.True(r.Succeeded && r.Added == 0 && r.Changed == 0, r.Summary()));
        Assert.Equal(first, await CountsAsync());
    }

    [Fact]
    public async Task Load_HoldsThePublishedLeedsFigures()
    {
        await LoadAsync();
        await using WaymarkDb db = Open();
        ReportingPeriod q3 = ReportingPeriod.Parse("2008/09 Q3");

        var ni66 = await db.Results.Where(r => r.Period == q3).Join(db.Indicators.Where(i => i.Code == "NI 66"), r => r.IndicatorId, i => i.Id, (r, i) => r).SingleAsync();
        Assert.Equal(77.4m, ni66.Value);
        Assert.Equal(70.0m, ni66.PredictedYearEnd);

        int lookedAfter = await db.Indicators.Where(i => i.Code == "LSP-HW2Bi").Select(i => i.Id).SingleAsync();
        var comparators = await db.AreaValues.Where(v => v.IndicatorId == lookedAfter && v.Period == q3)
            .Join(db.Areas, v => v.AreaId, a => a.Id, (v, a) => new { a.Kind, v.Value })
            .ToDictionaryAsync(c => c.Kind, c => c.Value);
        Assert.Equal(54.3m, comparators["england"]);
        Assert.Equal(59.5m, comparators["neighbours"]);

        Assert.Equal("Children's Services Scrutiny Board", await db.Boards.Select(b => b.Name).SingleAsync());
        Assert.Equal(3, await db.Priorities.CountAsync(p => p.HighRisk));
        Assert.Equal("Leeds", await db.Areas.Where(a => a.Code == "383").Select(a => a.Name).SingleAsync());
    }

    [Fact]
    public async Task Load_HoldsLeedsNeetGapsBySenStatus()
    {
        await LoadAsync();
        await using WaymarkDb db = Open();

        (StoredGaps? gaps, _) = await StoredGaps.LoadAsync(db, "NEET_NK_16_17", "383", "2022", "sen_status");

        // DfE's 2022 dashboard: Leeds' young people with an EHC plan 13.6% against all 7.8%, a gap of 5.8 points.
        Assert.NotNull(gaps);
        GroupGap ehcp = gaps.Dimensions.Single().Gaps.Single(g => g is { Group: "ehcp", ComparedWith: GapComparison.All });
        Assert.Equal((13.6m, 7.8m, 5.8m), (ehcp.Value.Value, ehcp.ComparedValue.Value, ehcp.Gap));
    }
}
