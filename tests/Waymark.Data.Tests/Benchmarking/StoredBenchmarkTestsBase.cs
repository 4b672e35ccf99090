using Waymark.Benchmarking;
using Waymark.Data.Benchmarks;
using Waymark.Data.Exports;
using Waymark.Data.Imports;
using Waymark.Data.Store;
using Waymark.Data.Tests.Imports;
using Waymark.Periods;
using Waymark.Testing;

namespace Waymark.Data.Tests.Benchmarking;

/// <summary>
/// The benchmarks of PublishedBenchmarkTests, read back from a store the published files were imported into, run
/// against each engine by a subclass.
/// </summary>
public abstract class StoredBenchmarkTestsBase : IAsyncLifetime
{
    private readonly FakeClock clock = new(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));

    protected DatabaseLocation Location { get; set; } = DatabaseLocation.Default;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    protected async Task FillAsync()
    {
        await using (WaymarkDb db = Open())
        {
            await SchemaMigrator.MigrateAsync(db, clock);
        }

        foreach ((string kind, string file) in ((string, string)[])[
            ("areas", "la_code_list.csv"),
            ("lait-dictionary", "lait_data_dictionary_compact.csv"),
            ("lait", "lait_bds_childrens_services_subset.csv"),
            ("neighbours", "sn_april_2021.csv"),
            ("neighbours", "sn_may_2025.csv")])
        {
            await using WaymarkDb db = Open();
            using var text = new StreamReader(RepositoryPaths.PublicData(file));
            ImportReport report = await Importers.ByKind[kind](db, text, file, new ImportOptions("importer@example.org", clock), CancellationToken.None);
            Assert.True(report.Succeeded, string.Join('\n', report.Problems.Kept));
        }
    }

    private WaymarkDb Open() => WaymarkDatabase.Open(Location, clock, "importer@example.org");

    private async Task<AreaBenchmark> BenchmarkAsync(string measure, string period, string area, string? model = null)
    {
        await using WaymarkDb db = Open();
        (BenchmarkArea? la, BenchmarkProblem? areaProblem) = await BenchmarkFigures.FindAreaAsync(db, area);
        Assert.Null(areaProblem);
        (BenchmarkFigures? figures, BenchmarkProblem? problem) = await BenchmarkFigures.LoadAsync(db, measure, period, model, la);
        Assert.Null(problem);
        return figures!.Benchmark(la!);
    }

    [Fact]
    public async Task PublishedFiguresInTheStore_BenchmarkAsWorkedOutByHand()
    {
        Assert.Equal(
            new AreaBenchmark("CP_conf_15days", ReportingPeriod.FinancialYear(2023), 383, 46.3m, 79.7m, 75.1m, 77.5m, 10, 147, 150, QuartileBand.D),
            await BenchmarkAsync("CP_conf_15days", "2023/24", "383"));
        Assert.Equal(
            new AreaBenchmark("CP_conf_15days", ReportingPeriod.FinancialYear(2023), 383, 46.3m, 79.7m, 75.1m, 79.7m, 10, 147, 150, QuartileBand.D),
            await BenchmarkAsync("CP_conf_15days", "2023/24", "383", "April 2021"));
        Assert.Equal(
            new AreaBenchmark("ReReferral", ReportingPeriod.FinancialYear(2023), 876, 24.2m, 22.4m, 21.2m, 20.8m, 10, 118, 149, QuartileBand.D),
            await BenchmarkAsync("ReReferral", "2023/24", "Halton"));
        Assert.Equal(
            new AreaBenchmark("CPPlans2yrsActive", ReportingPeriod.FinancialYear(2023), 383, 3.1m, 2.6m, 2.4m, 2.8m, 6, 51, 100, QuartileBand.C),
            await BenchmarkAsync("CPPlans2yrsActive", "2023/24", "Leeds"));
        Assert.Equal(
            new AreaBenchmark("CPPlans2yrsActive", ReportingPeriod.FinancialYear(2019), 383, null, 2.1m, 1.8m, 2.0m, 7, null, 91, null),
            await BenchmarkAsync("CPPlans2yrsActive", "2019/20", "383"));

        await using WaymarkDb db = Open();
        (BenchmarkFigures? all, _) = await BenchmarkFigures.LoadAsync(db, "ReReferral", "2023/24", null, null);
        List<AreaBenchmark> everyLa = [.. all!.WithFigures.Select(all.Benchmark)];
        Assert.Equal(158, everyLa.Count);
        Assert.Equal([383, 876], everyLa.Where(b => b.Rank == 118).Select(b => b.Area));
        Assert.Equal("benchmarks", BenchmarkExport.Create(all).Name);
        Assert.Equal(
            new BenchmarkProblem("period", "there are no figures for ReReferral in 2030/31: the store has ReReferral for 2015/16, 2016/17, 2017/18, 2018/19, 2019/20, 2020/21, 2021/22, 2022/23, 2023/24, 2024/25"),
            (await BenchmarkFigures.LoadAsync(db, "ReReferral", "2030/31", null, null)).Problem);
        Assert.Equal("measure", (await BenchmarkFigures.LoadAsync(db, "Referrals", "2023/24", null, null)).Problem?.Field);
    }

    [Fact]
    public async Task SeveralLasByNumberAndName_FoundInTheOrderGivenEachOnce_OrTheUnknownOneNamed()
    {
        await using WaymarkDb db = Open();

        (IReadOnlyList<BenchmarkArea>? areas, BenchmarkProblem? problem) = await BenchmarkFigures.FindAreasAsync(db, ["876", "leeds", " 383 ", "Rutland"]);

        Assert.Null(problem);
        Assert.Equal([(876, "Halton"), (383, "Leeds"), (857, "Rutland")], areas!.Select(a => (a.Number, a.Name)));

        (areas, problem) = await BenchmarkFigures.FindAreasAsync(db, ["383", "Leodis", "999"]);

        Assert.Null(areas);
        Assert.Equal(new BenchmarkProblem("area", "there is no LA 'Leodis' in the store: give its three-digit DfE number, such as 383, or its name, such as Leeds"), problem);
    }
}
