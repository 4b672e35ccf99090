using System.Globalization;

using Waymark.Benchmarking;
using Waymark.Data.Benchmarks;
using Waymark.Data.Store;

namespace Waymark.Web.Api;

/// <summary>Where an LA stands on a measure for a period: the figures of <c>waymark benchmark</c>.</summary>
public static class BenchmarkEndpoints
{
    public static async Task<IResult> OneAsync(WaymarkDb db, string? measure, string? area, string? period, string? model, CancellationToken cancellationToken)
    {
        var missing = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(measure))
        {
            missing["measure"] = ["Give the measure's code, such as CP_conf_15days"];
        }

        if (string.IsNullOrWhiteSpace(area))
        {
            missing["area"] = ["Give the LA's three-digit DfE number, such as 383, or its name, such as Leeds"];
        }

        if (string.IsNullOrWhiteSpace(period))
        {
            missing["period"] = ["Give the period, such as 2023/24"];
        }

        if (missing.Count > 0)
        {
            return ApiProblems.Invalid(missing);
        }

        (BenchmarkArea? la, BenchmarkProblem? areaProblem) = await BenchmarkFigures.FindAreaAsync(db, area!, cancellationToken);
        if (la is null)
        {
            return ApiProblems.Invalid(areaProblem!.Field, Sentence(areaProblem.Message));
        }

        (BenchmarkFigures? figures, BenchmarkProblem? problem) = await BenchmarkFigures.LoadAsync(
            db, measure!.Trim(), period!.Trim(), string.IsNullOrWhiteSpace(model) ? null : model.Trim(), la, cancellationToken);
        if (figures is null)
        {
            return ApiProblems.Invalid(problem!.Field, Sentence(problem.Message));
        }

        AreaBenchmark b = figures.Benchmark(la);
        int decimals = figures.Measure.Decimals;
        return TypedResults.Ok(new BenchmarkJson(
            b.Measure,
            b.Period.ToString(),
            b.Area.ToString("D3", CultureInfo.InvariantCulture),
            la.Name,
            ApiNumbers.At(b.Value, decimals),
            ApiNumbers.At(b.England, decimals),
            ApiNumbers.At(b.Region, decimals),
            ApiNumbers.At(b.StatisticalNeighbours, decimals),
            b.NeighboursWithData,
            b.Rank,
            b.Of,
            b.Quartile?.ToString()));
    }

    private static string Sentence(string message) => message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..];
}
