using BenchmarkDotNet.Attributes;

using Waymark.Benchmarking;
using Waymark.Data.Benchmarks;
using Waymark.Data.Store;

namespace Waymark.Benchmarks;

/// <summary>
/// The work of <c>waymark benchmark --measure CP_conf_15days --area 383 --period 2023/24</c> after start-up, on a
/// store filled by <c>waymark demo</c> (the whole LAIT data) named by <c>WAYMARK_BENCH_DATABASE</c>
/// (default <c>sqlite:/tmp/waymark-benchmark.db</c>): open the store, check its schema, find the LA, load the
/// measure's figures and neighbours, benchmark the LA. <see cref="QueryOnly"/> does the same on a store already
/// open and checked.
/// </summary>
[MemoryDiagnoser]
public class BenchmarkQueryBenchmarks
{
    private DatabaseLocation location = null!;
    private WaymarkDb open = null!;

    [GlobalSetup]
    public void Setup()
    {
        string option = Environment.GetEnvironmentVariable("WAYMARK_BENCH_DATABASE") ?? "sqlite:/tmp/waymark-benchmark.db";
        if (!DatabaseLocation.TryResolve(option, out DatabaseLocation? resolved, out string? error))
        {
            throw new InvalidOperationException(error);
        }

        location = resolved;
        open = WaymarkDatabase.Open(location, TimeProvider.System, "benchmark");
        AreaBenchmark first = RunAsync(open).GetAwaiter().GetResult();
        if (first.Area != 383 || first.Value is null)
        {
            throw new InvalidOperationException("the store does not hold Leeds' figures for CP_conf_15days 2023/24");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => open.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<AreaBenchmark> Command()
    {
        await using WaymarkDb db = WaymarkDatabase.Open(location, TimeProvider.System, "benchmark");
        await SchemaMigrator.MigrateAsync(db, TimeProvider.System).ConfigureAwait(false);
        return await RunAsync(db).ConfigureAwait(false);
    }

    [Benchmark]
    public Task<AreaBenchmark> QueryOnly() => RunAsync(open);

    private static async Task<AreaBenchmark> RunAsync(WaymarkDb db)
    {
        (BenchmarkArea? area, BenchmarkProblem? areaProblem) = await BenchmarkFigures.FindAreaAsync(db, "383").ConfigureAwait(false);
        if (area is null)
        {
            throw new InvalidOperationException(areaProblem!.Message);
        }

        (BenchmarkFigures? figures, BenchmarkProblem? problem) = await BenchmarkFigures.LoadAsync(db, "CP_conf_15days", "2023/24", null, area).ConfigureAwait(false);
        return figures is null ? throw new InvalidOperationException(problem!.Message) : figures.Benchmark(area);
    }
}
