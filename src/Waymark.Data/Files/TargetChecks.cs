using System.Diagnostics.CodeAnalysis;

using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Data.Files;

/// <summary>
/// The checks of one target, the same for a row of <c>targets.csv</c> and for a target entered in a form: the
/// period, the number, the range the unit allows, and one target for each indicator and period.
/// </summary>
public static class TargetChecks
{
    /// <summary>Reads a period, or says why the text is not one, naming it.</summary>
    public static bool TryPeriod(ReadOnlySpan<char> text, out ReportingPeriod period, [NotNullWhen(false)] out string? error) =>
        ReportingPeriod.TryParse(text.Trim(), out period, out error);

    /// <summary>
    /// Reads a target: a number, given, within what the unit of <paramref name="indicator"/> allows (checked only when
    /// the indicator is known), rounded half up to its decimals.
    /// </summary>
    public static bool TryTarget(ReadOnlySpan<char> text, IndicatorDefinition? indicator, out decimal target, [NotNullWhen(false)] out string? error)
    {
        target = 0m;
        if (!Fields.TryNumber(text, out decimal? value, out string? numberError))
        {
            error = numberError!;
            return false;
        }

        error = null;
        if (value is null)
        {
            error = "Enter a target";
            return false;
        }

        if (indicator is not null && !indicator.Unit.Allows(value.Value))
        {
            error = $"The target {text.Trim()} is out of range: a {indicator.Unit.ToCode()} target must be {indicator.Unit.AllowedRange()}";
            return false;
        }

        target = indicator?.Round(value.Value) ?? value.Value;
        return true;
    }

    /// <summary>Why a second target for <paramref name="period"/> is refused.</summary>
    public static string AlreadySet(string code, ReportingPeriod period) => $"{code} already has a target for {period}";
}
