using System.CommandLine;

using Waymark.Data.Exports;
using Waymark.Figures;
using Waymark.Indicators;
using Waymark.Intervals;

namespace Waymark.Cli.Interval;

/// <summary>
/// <c>waymark interval</c>: the confidence interval of one value from its numerator and denominator, by the methods
/// Public Health England publishes (Wilson score for percentages; exact Poisson under 10 events and Byar's method
/// from 10 for counts and rates), with no database.
/// </summary>
internal static class IntervalCommand
{
    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("numerator"), new("denominator"), new("unit", 16), new("value"), new("lower"), new("upper"), new("confidence"), new("method", 14),
    ];

    public static Command Create(CliContext context)
    {
        var numerator = new Option<string>("--numerator") { Description = "The numerator: the count of events or of people with the characteristic", Required = true };
        var denominator = new Option<string>("--denominator") { Description = "The denominator: the people or population (1 for a plain count)", Required = true };
        var unit = new Option<string>("--unit") { Description = $"The value's unit: {IndicatorCodes.UnitChoices} (intervals for percent, number and rates)", Required = true };
        var confidence = new Option<string>("--confidence") { Description = "The confidence level: 95 (the default) or 99.8", DefaultValueFactory = _ => "95" };
        var decimals = new Option<int>("--decimals") { Description = "The decimals the value and the limits are written with (default 1)", DefaultValueFactory = _ => 1 };
        var format = new Option<string>("--format") { Description = "csv (the default) or json", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");

        var command = new Command("interval", "Work out the confidence interval of one value from its numerator and denominator.")
        {
            numerator, denominator, unit, confidence, decimals, format,
        };

        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(numerator),
            parse.GetRequiredValue(denominator),
            parse.GetRequiredValue(unit),
            parse.GetRequiredValue(confidence),
            parse.GetValue(decimals),
            parse.GetRequiredValue(format),
            context,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string numeratorText, string denominatorText, string unitText, string confidenceText, int decimals, string format, CliContext context, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        decimal? numerator = Figure("--numerator", numeratorText, errors);
        decimal? denominator = Figure("--denominator", denominatorText, errors);
        if (!IndicatorCodes.TryParseUnit(unitText, out Unit unit))
        {
            errors.Add($"--unit: '{unitText}' is not a unit: use {IndicatorCodes.UnitChoices}");
        }

        if (!IntervalCodes.TryParseLevel(confidenceText, out ConfidenceLevel level))
        {
            errors.Add($"--confidence: '{confidenceText}' is not a confidence level: use {IntervalCodes.LevelChoices}");
        }

        if (decimals is < 0 or > IndicatorDefinition.MaxDecimals)
        {
            errors.Add($"--decimals: use 0 to {IndicatorDefinition.MaxDecimals}, not {decimals}");
        }

        ConfidenceInterval interval = default;
        if (errors.Count == 0 && !IntervalRules.TryCalculate(unit, numerator!.Value, denominator!.Value, level, out interval, out string? error))
        {
            errors.Add(error!);
        }

        if (errors.Count > 0)
        {
            foreach (string e in errors)
            {
                await context.Error.WriteLineAsync(e).ConfigureAwait(false);
            }

            return ExitCodes.BadInput;
        }

        IReadOnlyList<ExportCell> row =
        [
            ExportCell.FromNumber(numerator),
            ExportCell.FromNumber(denominator),
            ExportCell.FromText(unit.ToCode()),
            ExportCell.FromNumber(interval.Value, decimals),
            ExportCell.FromNumber(interval.Lower, decimals),
            ExportCell.FromNumber(interval.Upper, decimals),
            ExportCell.FromText(level.ToCode()),
            ExportCell.FromText(interval.Method.ToCode()),
        ];
        var table = new ExportTable("interval", Columns, new[] { row }.ToAsyncEnumerable());
        if (format == "json")
        {
            await JsonTableWriter.WriteAsync(table, context.Output, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await CsvTableWriter.WriteAsync(table, context.Output, cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static decimal? Figure(string option, string text, List<string> errors)
    {
        if (FigureText.TryParse(text, out decimal? value, out FigureError? error) && value is not null)
        {
            return value;
        }

        errors.Add($"{option}: {(error is null ? "Enter a number" : error.Message)}");
        return null;
    }
}
