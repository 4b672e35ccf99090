using System.CommandLine;

using Waymark.Data.Exports;
using Waymark.Data.Files;
using Waymark.Variation;

namespace Waymark.Cli.Spc;

/// <summary>
/// <c>waymark spc</c>: an indicator's XmR chart as Making Data Count draws it, from indicator, result and target
/// files, with no database: one row per period, then the variation and assurance icons.
/// </summary>
internal static class SpcCommand
{
    private static readonly Dictionary<string, string> OptionOf = new(StringComparer.Ordinal)
    {
        [nameof(XmrSettings.ShiftLength)] = "--shift",
        [nameof(XmrSettings.TrendLength)] = "--trend",
        [nameof(XmrSettings.MinimumPoints)] = "--minimum-points",
        [nameof(XmrSettings.BaselinePoints)] = "--baseline",
        [nameof(XmrSettings.RecomputeMean)] = "--recompute-mean",
    };

    public static Command Create(CliContext context)
    {
        var indicators = new Option<FileInfo>("--indicators") { Description = "indicators.csv: code,title,unit,polarity,frequency,aggregation,tolerance,decimals", Required = true };
        var results = new Option<FileInfo>("--results") { Description = "results.csv: indicator,period,value,numerator,denominator,predicted_year_end,data_quality,commentary", Required = true };
        var targets = new Option<FileInfo?>("--targets") { Description = "targets.csv: indicator,period,target (for the assurance icon)" };
        var indicator = new Option<string>("--indicator") { Description = "The indicator's code, such as \"NI 66\"", Required = true };
        var shift = new Option<int?>("--shift") { Description = "How many points in a row on one side of the mean make a shift: 6 to 8 (default 6)" };
        var trend = new Option<int?>("--trend") { Description = "How many points in a row each rising or each falling make a trend: 6 to 8 (default 6)" };
        var screen = new Option<bool>("--screen-outliers") { Description = "Leave moving ranges above 3.267 x their mean out of the mean moving range" };
        var recompute = new Option<bool>("--recompute-mean") { Description = "With --screen-outliers, leave points outside the screened limits out of the mean" };
        var beyondThree = new Option<bool?>("--beyond-three-sigma-counts") { Description = "Whether a point beyond the limits counts towards two of three beyond two sigma: true (default) or false" };
        var minimum = new Option<int?>("--minimum-points") { Description = "The fewest points before limits and icons are shown (default 13)" };
        var baseline = new Option<int?>("--baseline") { Description = "Work out the limits from this many points from the start, and judge later points against them" };
        var format = new Option<string>("--format") { Description = "table (for people), csv or json (for scripts)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");

        var command = new Command("spc", "Draw an indicator's XmR chart: mean, limits, special causes, and the variation and assurance icons.")
        {
            indicators, results, targets, indicator, shift, trend, screen, recompute, beyondThree, minimum, baseline, format,
        };

        command.SetAction((parse, cancellationToken) =>
        {
            XmrSettings defaults = XmrSettings.Default;
            var settings = new XmrSettings
            {
                ShiftLength = parse.GetValue(shift) ?? defaults.ShiftLength,
                TrendLength = parse.GetValue(trend) ?? defaults.TrendLength,
                ScreenMovingRangeOutliers = parse.GetValue(screen),
                RecomputeMean = parse.GetValue(recompute),
                BeyondThreeSigmaCountsTowardsTwoOfThree = parse.GetValue(beyondThree) ?? defaults.BeyondThreeSigmaCountsTowardsTwoOfThree,
                MinimumPoints = parse.GetValue(minimum) ?? defaults.MinimumPoints,
                BaselinePoints = parse.GetValue(baseline),
            };
            return RunAsync(
                (parse.GetRequiredValue(indicators), parse.GetRequiredValue(results), parse.GetValue(targets)),
                parse.GetRequiredValue(indicator),
                settings,
                parse.GetRequiredValue(format),
                context,
                cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        (FileInfo Indicators, FileInfo Results, FileInfo? Targets) files, string code, XmrSettings settings, string format, CliContext context, CancellationToken cancellationToken)
    {
        IReadOnlyList<SettingProblem> settingProblems = settings.Problems();
        foreach (SettingProblem problem in settingProblems)
        {
            await context.Error.WriteLineAsync($"{OptionOf[problem.Setting]}: {problem.Message}").ConfigureAwait(false);
        }

        if (settingProblems.Count > 0 || !InputFiles.AllExist(context.Error, ("--indicators", files.Indicators), ("--results", files.Results), ("--targets", files.Targets)))
        {
            return ExitCodes.BadInput;
        }

        var problems = new FileProblems();
        IndicatorSeries? series;
        using (StreamReader indicatorText = InputFiles.Open(files.Indicators))
        using (StreamReader resultText = InputFiles.Open(files.Results))
        using (StreamReader? targetText = files.Targets is null ? null : InputFiles.Open(files.Targets))
        {
            series = FileSeries.Read(
                (indicatorText, files.Indicators.Name),
                (resultText, files.Results.Name),
                targetText is null ? null : (targetText, files.Targets!.Name),
                code,
                problems);
        }

        if (problems.Any)
        {
            ProblemReport.Write(context.Error, problems);
            return ExitCodes.BadInput;
        }

        if (series is null)
        {
            await context.Error.WriteLineAsync($"--indicator: '{code.Trim()}' is not an indicator in {files.Indicators.Name}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        IReadOnlyList<XmrValue> values = XmrSeries.ValuesOf(series.Indicator, series.Results);
        decimal? target = values.Count == 0 ? null : series.Targets.For(series.Indicator, values[^1].Period)?.Value;
        XmrChart chart = XmrRules.Build(values, series.Indicator.Polarity, target, settings);
        switch (format)
        {
            case "csv":
                await CsvTableWriter.WriteAsync(SpcExport.Create(series.Indicator, chart), context.Output, cancellationToken).ConfigureAwait(false);
                break;
            case "json":
                await JsonTableWriter.WriteAsync(SpcExport.Create(series.Indicator, chart), context.Output, cancellationToken).ConfigureAwait(false);
                break;
            default:
                SpcTable.Write(context.Output, series, chart);
                break;
        }

        return ExitCodes.Success;
    }
}
