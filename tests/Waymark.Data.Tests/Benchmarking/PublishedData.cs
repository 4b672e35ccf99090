using Waymark.Areas;
using Waymark.Benchmarking;
using Waymark.Data.Files;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Testing;

namespace Waymark.Data.Tests.Benchmarking;

/// <summary>Benchmarks an LA from the DfE files in data/public, as <c>waymark benchmark</c> will.</summary>
internal static class PublishedData
{
    private const int England = 970;

    private static readonly Lazy<IReadOnlyList<AreaRow>> Areas = new(() => Read("la_code_list.csv", AreaFile.Read));

    private static readonly Lazy<IReadOnlyList<LaitMeasure>> Measures = new(() => Read("lait_data_dictionary_compact.csv", LaitDictionaryFile.Read));

    private static readonly Lazy<IReadOnlyList<NeighbourModelRow>> Neighbours = new(() => Read("sn_may_2025.csv", NeighbourModelFile.Read));

    public static AreaBenchmark Benchmark(string measure, int year, int la)
    {
        IndicatorDefinition definition = Measures.Value.Single(m => m.Definition.Code == measure).Definition;
        AreaRow area = Areas.Value.Single(a => a.Number == la);
        int region = Areas.Value.Single(a => a.Kind == AreaKind.Region && RegionNames.Comparer.Equals(a.Name, area.Region!)).Number;
        var localAuthorities = Areas.Value.Where(a => a.Kind == AreaKind.LocalAuthority).Select(a => a.Number).ToHashSet();

        var laValues = new Dictionary<int, decimal?>();
        decimal? england = null, regionValue = null;
        var problems = new FileProblems();
        using (var text = new StreamReader(RepositoryPaths.PublicData("lait_bds_childrens_services_subset.csv")))
        {
            foreach (LaitRow row in LaitFile.Read(text, "lait_bds_childrens_services_subset.csv", problems))
            {
                if (row.Measure != measure || row.Year != year)
                {
                    continue;
                }

                if (localAuthorities.Contains(row.Area))
                {
                    laValues.Add(row.Area, row.Value);
                }
                else if (row.Area == England)
                {
                    england = row.Value;
                }
                else if (row.Area == region)
                {
                    regionValue = row.Value;
                }
            }
        }

        Assert.False(problems.Any);
        IEnumerable<int> neighbours = Neighbours.Value.Single(n => n.Number == la && !n.Former).Neighbours.Select(n => n.Number);
        return AreaBenchmark.Compute(
            measure,
            ReportingPeriod.EndingIn(definition.YearType, year),
            la,
            laValues,
            england,
            regionValue,
            neighbours,
            definition.Polarity,
            definition.Decimals);
    }

    private static IReadOnlyList<T> Read<T>(string file, Func<TextReader, string, FileProblems, IReadOnlyList<T>> read)
    {
        var problems = new FileProblems();
        using var text = new StreamReader(RepositoryPaths.PublicData(file));
        IReadOnlyList<T> rows = read(text, file, problems);
        Assert.False(problems.Any);
        return rows;
    }
}
