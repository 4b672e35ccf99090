using Microsoft.EntityFrameworkCore;

using Waymark.Data.Breakdowns;
using Waymark.Data.Imports;
using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Results;

namespace Waymark.Data.Tests.Imports;

/// <summary>The import tests, run against each database engine by a subclass.</summary>
public abstract class ImportTestsBase : IAsyncLifetime
{
    private const string Indicators = "code,title,unit,polarity,frequency,aggregation,tolerance,decimals\n" +
        "NI 66,Looked after children cases reviewed on time,percent,higher,quarterly,ratio,,1\n" +
        "NI 43,Young people sentenced to custody,percent,lower,quarterly,ratio,,1\n" +
        "LSP-HW2Bi,Children looked after per 10000,rate_per_10000,none,quarterly,snapshot,,1\n";

    private const string ResultHeader = "indicator,period,value,numerator,denominator,predicted_year_end,data_quality,commentary\n";

    private readonly FakeClock clock = new(new DateTimeOffset(2009, 2, 1, 9, 0, 0, TimeSpan.Zero));

    protected DatabaseLocation Location { get; set; } = DatabaseLocation.Default;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    protected WaymarkDb Open() => WaymarkDatabase.Open(Location, clock, "importer@example.org");

    protected async Task MigrateAsync()
    {
        await using WaymarkDb db = Open();
        await SchemaMigrator.MigrateAsync(db, clock);
    }

    private ImportOptions Options(bool dryRun = false) => new("importer@example.org", clock, dryRun);

    private async Task<ImportReport> ImportIndicatorsAsync(string text)
    {
        await using WaymarkDb db = Open();
        return await IndicatorImport.ImportAsync(db, new StringReader(text), "indicators.csv", Options());
    }

    private async Task<ImportReport> ImportResultsAsync(string text, bool dryRun = false)
    {
        await using WaymarkDb db = Open();
        return await ResultImport.ImportAsync(db, new StringReader(ResultHeader + text), "results.csv", Options(dryRun));
    }

    private async Task<ImportReport> ImportTargetsAsync(string text)
    {
        await using WaymarkDb db = Open();
        return await TargetImport.ImportAsync(db, new StringReader("indicator,period,target,set_by\n" + text), "targets.csv", Options());
    }

    [Fact]
    public async Task Results_NewFile_AreStoredWithTheirValuesWorkedOut()
    {
        await ImportIndicatorsAsync(Indicators);

        ImportReport report = await ImportResultsAsync(
            "NI 66,2008/09 Q3,77.4,,,70,,\"Reviews late, two officers to be recruited\"\n" +
            "NI 43,2008/09 Q3,,113,1000,12,ok,\n" +
            "LSP-HW2Bi,2008/09 Q3,81.6,,,,withheld,Under review\n");

        Assert.True(report.Succeeded);
        Assert.Equal((3L, 3L, 0L, 0L), (report.Rows, report.Added, report.Changed, report.Unchanged));
        await using WaymarkDb db = Open();
        var results = await db.Results.AsNoTracking().OrderBy(r => r.IndicatorId).ToListAsync();
        Assert.Equal([77.4m, 11.3m, 81.6m], results.Select(r => r.Value));
        Assert.Equal(70.0m, results[0].PredictedYearEnd);
        Assert.Equal("Reviews late, two officers to be recruited", results[0].Commentary);
        Assert.Equal(DataQuality.Withheld, results[2].DataQuality);
        Assert.Equal(ReportingPeriod.Parse("2008/09 Q3"), results[1].Period);
        Assert.Equal(new DateOnly(2008, 10, 1), results[1].PeriodStart);
        Assert.All(results, r => Assert.Equal("importer@example.org", r.EnteredBy));
    }

    [Fact]
    public async Task Results_SameFileTwice_ChangesNothing()
    {
        await ImportIndicatorsAsync(Indicators);
        const string file = "NI 66,2008/09 Q3,77.4,,,70,,\nNI 43,2008/09 Q3,11.3,,,,,\n";
        await ImportResultsAsync(file);
        await ImportResultsAsync("NI 66,2008/09 Q2,75.0,,,,,\n");

        ImportReport again = await ImportResultsAsync(file);

        Assert.Equal((2L, 0L, 0L, 2L), (again.Rows, again.Added, again.Changed, again.Unchanged));
        await using WaymarkDb db = Open();
        Assert.Equal(3, await db.Results.CountAsync());
        Assert.Equal(0, await db.AuditLog.CountAsync(a => a.Entity == "result"));
    }

    [Fact]
    public async Task Results_ChangedValue_IsUpdatedAndAudited()
    {
        await ImportIndicatorsAsync(Indicators);
        await ImportResultsAsync("NI 66,2008/09 Q3,77.4,,,70,,\nNI 43,2008/09 Q3,11.3,,,,,\n");

        ImportReport report = await ImportResultsAsync("NI 66,2008/09 Q3,77.9,,,70,,Corrected after audit\nNI 43,2008/09 Q3,11.3,,,,,\nNI 43,2008/09 Q4,11.0,,,,,\n");

        Assert.Equal((3L, 1L, 1L, 1L), (report.Rows, report.Added, report.Changed, report.Unchanged));
        await using WaymarkDb db = Open();
        var ni66 = await db.Results.AsNoTracking().SingleAsync(r => r.Value == 77.9m);
        Assert.Equal("Corrected after audit", ni66.Commentary);
        Assert.Equal(1, ni66.ConcurrencyVersion);
        var audit = await db.AuditLog.AsNoTracking().SingleAsync(a => a.Entity == "result");
        Assert.Equal("NI 66 2008/09 Q3", audit.EntityKey);
        Assert.Equal("changed", audit.Action);
        Assert.Contains("77.4", audit.Before!, StringComparison.Ordinal);
        Assert.Contains("77.9", audit.After!, StringComparison.Ordinal);
        Assert.Equal("importer@example.org", audit.Actor);
    }

    [Fact]
    public async Task Results_FileWithABadRow_StoresNothingAndNamesEveryProblem()
    {
        await ImportIndicatorsAsync(Indicators);
        await ImportResultsAsync("NI 66,2008/09 Q2,75.0,,,,,\n");

        ImportReport report = await ImportResultsAsync(
            "NI 66,2008/09 Q3,77.4,,,,,\n" +
            "NI 99,2008/09 Q3,50,,,,,\n" +
            "NI 43,2008/09 Q3,\"11,3\",,,,,\n" +
            "NI 66,2008/09 Q2,80,,,,,\n");

        Assert.False(report.Succeeded);
        Assert.Equal(
            [
                "results.csv, line 3, column indicator: 'NI 99' is not an indicator in the indicators file",
                "results.csv, line 4, column value: '11,3' is not a number: use a point for decimals and commas only between thousands (for example 11.3)",
            ],
            report.Problems.Kept.Select(p => p.ToString()));
        await using WaymarkDb db = Open();
        var stored = await db.Results.AsNoTracking().SingleAsync();
        Assert.Equal(75.0m, stored.Value);
    }

    [Fact]
    public async Task Results_DryRun_ReportsWhatWouldChangeAndStoresNothing()
    {
        await ImportIndicatorsAsync(Indicators);
        await ImportResultsAsync("NI 66,2008/09 Q3,77.4,,,,,\n");

        ImportReport report = await ImportResultsAsync("NI 66,2008/09 Q3,78.0,,,,,\nNI 43,2008/09 Q3,11.3,,,,,\n", dryRun: true);

        Assert.Equal((1L, 1L), (report.Added, report.Changed));
        Assert.Contains("would be added", report.Summary(), StringComparison.Ordinal);
        await using WaymarkDb db = Open();
        Assert.Equal(77.4m, (await db.Results.AsNoTracking().SingleAsync()).Value);
        Assert.Equal(0, await db.AuditLog.CountAsync(a => a.Entity == "import" && a.EntityKey == "results.csv" && a.After!.Contains("78")));
    }

    [Fact]
    public async Task Indicators_ChangedDefinition_StartsANewVersionWithASeriesBreak()
    {
        await ImportIndicatorsAsync(Indicators);

        ImportReport report = await ImportIndicatorsAsync(Indicators.Replace("NI 43,Young people sentenced to custody,percent,lower,quarterly,ratio,,1", "NI 43,Young people sentenced to custody,percent,lower,quarterly,ratio,,2", StringComparison.Ordinal)
            .Replace("NI 66,Looked after children cases reviewed on time", "NI 66,Looked after children cases reviewed within timescales", StringComparison.Ordinal));

        Assert.Equal((3L, 0L, 2L, 1L), (report.Rows, report.Added, report.Changed, report.Unchanged));
        await using WaymarkDb db = Open();
        var ni43 = await db.Indicators.AsNoTracking().Include(i => i.Versions).SingleAsync(i => i.Code == "NI 43");
        Assert.Equal(2, ni43.Version);
        Assert.Equal(2, ni43.Definition.Decimals);
        Assert.Equal([(1, false, 1), (2, true, 2)], ni43.Versions.OrderBy(v => v.Version).Select(v => (v.Version, v.SeriesBreak, v.Definition.Decimals)));
        var ni66 = await db.Indicators.AsNoTracking().SingleAsync(i => i.Code == "NI 66");
        Assert.Equal(1, ni66.Version);
        Assert.Equal("Looked after children cases reviewed within timescales", ni66.Definition.Title);
    }

    [Fact]
    public async Task Indicators_OwnRange_IsStoredVersionedAndHoldsEveryFigure()
    {
        const string Ranged = "code,title,unit,polarity,frequency,aggregation,tolerance,decimals,minimum,maximum\n" +
            "BV 127,% reduction in violence against the person,percent,higher,quarterly,snapshot,,1,-100,\n" +
            "LPI 9,Days ahead of or behind plan,days,higher,quarterly,snapshot,,0,-365,365\n";
        await ImportIndicatorsAsync(Ranged);

        ImportReport results = await ImportResultsAsync("BV 127,2008/09 Q3,-16,,,,,\nLPI 9,2008/09 Q3,-28,,,-30,,\n");
        ImportReport targets = await ImportTargetsAsync("BV 127,2008/09,-10,\nLPI 9,2008/09,0,\n");
        ImportReport refused = await ImportResultsAsync("BV 127,2008/09 Q4,-100.1,,,,,\nLPI 9,2008/09 Q4,365.5,,,,,\n");
        ImportReport widened = await ImportIndicatorsAsync(Ranged.Replace("-365,365", "-400,400", StringComparison.Ordinal));

        Assert.True(results.Succeeded);
        Assert.True(targets.Succeeded);
        Assert.Equal(
            [
                "results.csv, line 2, column value: The value -100.1 is out of range for BV 127, whose values must be from -100 to 100",
                "results.csv, line 3, column value: The value 366 is out of range for LPI 9, whose values must be from -365 to 365",
            ],
            refused.Problems.Kept.Select(p => p.ToString()));
        Assert.Equal((0L, 1L, 1L), (widened.Added, widened.Changed, widened.Unchanged));
        await using WaymarkDb db = Open();
        var bv127 = await db.Indicators.AsNoTracking().SingleAsync(i => i.Code == "BV 127");
        Assert.Equal((-100m, (decimal?)null), (bv127.Definition.Minimum, bv127.Definition.Maximum));
        var lpi9 = await db.Indicators.AsNoTracking().Include(i => i.Versions).SingleAsync(i => i.Code == "LPI 9");
        Assert.Equal(
            [(1, false, -365m, 365m), (2, false, -400m, 400m)],
            lpi9.Versions.OrderBy(v => v.Version).Select(v => (v.Version, v.SeriesBreak, v.Definition.Minimum, v.Definition.Maximum)));
        Assert.Equal(
            [("BV 127", -16m, (decimal?)null), ("LPI 9", -28m, -30m)],
            (await db.Results.AsNoTracking().Join(db.Indicators, r => r.IndicatorId, i => i.Id, (r, i) => new { i.Code, r.Value, r.PredictedYearEnd }).ToListAsync())
                .OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => (r.Code, r.Value, r.PredictedYearEnd)));
        Assert.Equal([-10m, 0m], (await db.Targets.AsNoTracking().Select(t => t.Value).ToListAsync()).Order());
    }

    [Fact]
    public async Task Targets_AreMergedLikeResults()
    {
        await ImportIndicatorsAsync(Indicators);
        ImportReport first = await ImportTargetsAsync("NI 66,2008/09,80,\nNI 43,2008/09,6.8,Youth Justice Board\n");
        ImportReport second = await ImportTargetsAsync("NI 66,2008/09,80,\nNI 43,2008/09,6.5,Youth Justice Board\n");

        Assert.Equal((2L, 0L), (first.Added, first.Changed));
        Assert.Equal((0L, 1L, 1L), (second.Added, second.Changed, second.Unchanged));
        await using WaymarkDb db = Open();
        var ni43 = await db.Targets.AsNoTracking().SingleAsync(t => t.Value == 6.5m);
        Assert.Equal("Youth Justice Board", ni43.SetBy);
    }

    [Fact]
    public async Task Results_WithBreakdownAndGroup_AreStoredAsTheGroupsBesideTheWholePopulation()
    {
        await ImportIndicatorsAsync(Indicators);
        await AddSenStatusAsync();
        const string Header = "indicator,period,value,numerator,denominator,breakdown,group,provisional\n";

        ImportReport report = await ImportWithHeaderAsync(
            Header +
            "NI 43,2008/09 Q3,,113,1000,,,\n" +
            "NI 43,2008/09 Q3,,12,40,sen_status,ehcp,yes\n" +
            "NI 43,2008/09 Q3,9.5,,,sen_status,no_sen,\n");

        Assert.True(report.Succeeded, string.Join("\n", report.Problems.Kept));
        Assert.Equal((3L, 3L, 0L), (report.Rows, report.Added, report.Changed));
        await using WaymarkDb db = Open();
        Assert.Equal(11.3m, (await db.Results.AsNoTracking().SingleAsync()).Value);
        var groups = await db.GroupResults.AsNoTracking()
            .Join(db.DimensionGroups.AsNoTracking(), r => r.GroupId, g => g.Id, (r, g) => new { g.Code, r.Value, r.Numerator, r.Provisional })
            .OrderBy(r => r.Code)
            .ToListAsync();
        Assert.Equal(["ehcp 30.0 True", "no_sen 9.5 False"], groups.Select(g => $"{g.Code} {g.Value} {g.Provisional}"));
        Assert.Equal([12m, null], groups.Select(g => g.Numerator));

        ImportReport again = await ImportWithHeaderAsync(
            Header +
            "NI 43,2008/09 Q3,,113,1000,,,\n" +
            "NI 43,2008/09 Q3,,13,40,sen_status,ehcp,yes\n" +
            "NI 43,2008/09 Q3,9.5,,,sen_status,no_sen,\n");

        Assert.Equal((0L, 1L, 2L), (again.Added, again.Changed, again.Unchanged));
        Assert.Equal(32.5m, (await db.GroupResults.AsNoTracking().SingleAsync(r => r.Numerator == 13)).Value);
    }

    [Fact]
    public async Task Results_BadBreakdowns_StoreNothingAndNameTheRowAndField()
    {
        await ImportIndicatorsAsync(Indicators);
        await AddSenStatusAsync();

        ImportReport report = await ImportWithHeaderAsync(
            "indicator,period,value,breakdown,group\n" +
            "NI 43,2008/09 Q3,11.3,,\n" +
            "NI 43,2008/09 Q3,30,sen_status,ehcp\n" +
            "NI 43,2008/09 Q3,12,sen_status,\n" +
            "NI 43,2008/09 Q3,12,,ehcp\n" +
            "NI 43,2008/09 Q3,12,SEN status,ehcp\n" +
            "NI 43,2008/09 Q3,12,sen_status,looked_after\n" +
            "NI 43,2008/09 Q3,12,ethnicity,white\n" +
            "NI 43,2008/09 Q3,31,sen_status,ehcp\n");

        Assert.False(report.Succeeded);
        Assert.Equal(
            [
                "results.csv, line 4, column group: Enter the group of breakdown 'sen_status' this result is for, such as ehcp, or leave the breakdown empty for the whole population's result",
                "results.csv, line 5, column breakdown: Enter the breakdown that group 'ehcp' belongs to, such as sen_status, or leave the group empty for the whole population's result",
                "results.csv, line 6, column breakdown: 'SEN status' is not a breakdown: use lower-case letters, digits and underscores, starting with a letter, up to 40 characters, such as sen_status",
                "results.csv, line 7, column group: 'looked_after' is not a group of breakdown sen_status: its groups are all, ehcp, no_sen",
                "results.csv, line 8, column group: 'ethnicity' is not a breakdown in the store: the breakdowns are sen_status",
                "results.csv, line 9, column group: NI 43 already has a result for sen_status ehcp in 2008/09 Q3 on line 3",
            ],
            report.Problems.Kept.Select(p => p.ToString()));
        await using WaymarkDb db = Open();
        Assert.False(await db.Results.AnyAsync());
        Assert.False(await db.GroupResults.AnyAsync());
    }

    private async Task<ImportReport> ImportWithHeaderAsync(string text)
    {
        await using WaymarkDb db = Open();
        return await ResultImport.ImportAsync(db, new StringReader(text), "results.csv", Options());
    }

    private async Task AddSenStatusAsync()
    {
        await using WaymarkDb db = Open();
        var dimension = new Dimension { Code = "sen_status", Title = "SEN status", AllGroup = "all" };
        dimension.Groups.Add(new DimensionGroup { Code = "all", Title = "All", Position = 1 });
        dimension.Groups.Add(new DimensionGroup { Code = "no_sen", Title = "No SEN", Position = 2 });
        dimension.Groups.Add(new DimensionGroup { Code = "ehcp", Title = "EHC plan", Complement = "no_sen", Position = 3 });
        db.Dimensions.Add(dimension);
        await db.SaveChangesAsync();
    }
}

internal sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
