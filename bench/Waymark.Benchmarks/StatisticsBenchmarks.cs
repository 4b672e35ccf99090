using System.Globalization;

using BenchmarkDotNet.Attributes;

using Waymark.Data.Csv;
using Waymark.Indicators;
using Waymark.Intervals;
using Waymark.Periods;
using Waymark.Variation;

namespace Waymark.Benchmarks;

/// <summary>
/// The statistics alone. <see cref="XmrCharts"/>: one operation builds the XmR charts of 700 indicators of 40 quarters
/// each (a mix of polarities and of steady, shifting and trending series), with every rule and both icons.
/// <see cref="IntervalsForEveryLa"/>: one operation works out the 95% and 99.8% Wilson intervals of every LA's
/// percentage of second or subsequent child protection plans, 2013 to 2025 (DfE's tidy file, read from
/// <c>WAYMARK_BENCH_CPPS</c> or <c>shared/data/public</c> above the working directory), and compares each with
/// England's figure for its year in the two-level form. <see cref="IntervalsAtLaitScale"/>: the same work for as many
/// numerator and denominator pairs as the LAIT subset has rows (42,330), counts from 0 to 2,000, since LAIT itself
/// publishes values without their numerators and denominators.
/// </summary>
[MemoryDiagnoser]
public class StatisticsBenchmarks
{
    public const int Indicators = 700;
    public const int Quarters = 40;
    public const int LaitRows = 42_330;

    private readonly List<XmrValue>[] series = new List<XmrValue>[Indicators];
    private readonly Polarity[] polarities = new Polarity[Indicators];
    private readonly decimal[] targets = new decimal[Indicators];
    private (decimal Numerator, decimal Denominator, decimal England)[] laRows = [];
    private (decimal Numerator, decimal Denominator, decimal England)[] laitScale = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260);
        for (int i = 0; i < Indicators; i++)
        {
            polarities[i] = (Polarity)(i % 3);
            targets[i] = 50m + random.Next(-10, 10);
            var values = new List<XmrValue>(Quarters);
            for (int q = 0; q < Quarters; q++)
            {
                decimal drift = (i % 4) switch
                {
                    1 => q >= 30 ? 4m : 0m,
                    2 => q * 0.3m,
                    _ => 0m,
                };
                values.Add(new XmrValue(ReportingPeriod.FinancialQuarter(2000 + (q / 4), (q % 4) + 1), 50m + drift + (random.Next(-30, 30) / 10m)));
            }

            series[i] = values;
        }

        laRows = ReadChildProtectionPlans();
        laitScale = new (decimal, decimal, decimal)[LaitRows];
        for (int i = 0; i < LaitRows; i++)
        {
            decimal denominator = random.Next(20, 4_000);
            laitScale[i] = (Math.Min(denominator, random.Next(0, 2_000)), denominator, 24.5m);
        }
    }

    [Benchmark]
    public int XmrCharts()
    {
        int concerns = 0;
        for (int i = 0; i < Indicators; i++)
        {
            XmrChart chart = XmrRules.Build(series[i], polarities[i], targets[i]);
            if (chart.Variation is VariationIcon.ConcernHigh or VariationIcon.ConcernLow)
            {
                concerns++;
            }
        }

        return concerns;
    }

    [Benchmark]
    public int IntervalsForEveryLa() => Compare(laRows);

    [Benchmark]
    public int IntervalsAtLaitScale() => Compare(laitScale);

    private static int Compare((decimal Numerator, decimal Denominator, decimal England)[] rows)
    {
        int similar = 0;
        foreach ((decimal numerator, decimal denominator, decimal england) in rows)
        {
            ConfidenceInterval narrow = IntervalRules.Wilson(numerator, denominator, ConfidenceLevel.Percent95);
            ConfidenceInterval wide = IntervalRules.Wilson(numerator, denominator, ConfidenceLevel.Percent99Point8);
            if (BenchmarkComparison.Compare(narrow, wide, england, Polarity.Lower) == BenchmarkOutcome.Similar)
            {
                similar++;
            }
        }

        return similar;
    }

    // Every LA row with a count of plans started and of second or subsequent ones, beside England's percentage that year.
    private static (decimal, decimal, decimal)[] ReadChildProtectionPlans()
    {
        string path = Environment.GetEnvironmentVariable("WAYMARK_BENCH_CPPS") ?? FindAbove(Path.Combine("shared", "data", "public", "dfe_cpps_subsequent_plan_2013_to_2025.csv"));
        using var reader = new CsvReader(new StreamReader(path));
        reader.Read();
        var header = new CsvHeader(reader);
        int year = header.IndexOf("time_period");
        int level = header.IndexOf("geographic_level");
        int starts = header.IndexOf("CPP_start");
        int subsequent = header.IndexOf("CPP_subsequent");
        int percent = header.IndexOf("CPP_subsequent_percent");
        var england = new Dictionary<string, decimal>();
        var las = new List<(string Year, decimal Numerator, decimal Denominator)>();
        while (reader.Read())
        {
            if (reader.FieldCount < header.FieldCount)
            {
                continue;
            }

            string levelText = reader.GetString(level);
            if (levelText == "National" && decimal.TryParse(reader[percent], NumberStyles.Number, CultureInfo.InvariantCulture, out decimal p))
            {
                england[reader.GetString(year)] = p;
            }
            else if (levelText == "Local authority"
                && decimal.TryParse(reader[subsequent], NumberStyles.Number, CultureInfo.InvariantCulture, out decimal n)
                && decimal.TryParse(reader[starts], NumberStyles.Number, CultureInfo.InvariantCulture, out decimal d)
                && d > 0m && n <= d)
            {
                las.Add((reader.GetString(year), n, d));
            }
        }

        return [.. las.Select(r => (r.Numerator, r.Denominator, england[r.Year]))];
    }

    private static string FindAbove(string relative)
    {
        for (DirectoryInfo? dir = new(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Set WAYMARK_BENCH_CPPS to the DfE child protection plans file; there is no {relative} above {Directory.GetCurrentDirectory()}.");
    }
}
