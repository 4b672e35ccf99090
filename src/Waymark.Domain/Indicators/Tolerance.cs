using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Waymark.Indicators;

/// <summary>
/// How far a value may miss its target and still be rated amber rather than red. Written <c>5%</c> (relative: 5% of
/// the target) or <c>2</c> (absolute: two units of the indicator). A miss exactly equal to the tolerance is amber.
/// A relative tolerance is from 0% to <see cref="MaxPercent"/>: beyond it, missing the target entirely would still be amber.
/// </summary>
public readonly record struct Tolerance
{
    private Tolerance(ToleranceKind kind, decimal amount)
    {
        Kind = kind;
        Amount = amount;
    }

    /// <summary>The largest relative tolerance: 100% of the target.</summary>
    public const decimal MaxPercent = 100m;

    /// <summary>The default: 5% of the target.</summary>
    public static Tolerance Default { get; } = new(ToleranceKind.Relative, 5m);

    /// <summary>Whether the tolerance is a percentage of the target or a number of units.</summary>
    public ToleranceKind Kind { get; }

    /// <summary>The percentage (relative) or the number of units (absolute); never negative.</summary>
    public decimal Amount { get; }

    /// <summary>A tolerance of <paramref name="percent"/>% of the target.</summary>
    public static Tolerance Relative(decimal percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, MaxPercent);
        return new(ToleranceKind.Relative, percent);
    }

    /// <summary>A tolerance of <paramref name="units"/> of the indicator's unit.</summary>
    public static Tolerance Absolute(decimal units)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        return new(ToleranceKind.Absolute, units);
    }

    /// <summary>The largest miss of <paramref name="target"/> that is still amber.</summary>
    public decimal AllowanceFor(decimal target) =>
        Kind == ToleranceKind.Relative ? Math.Abs(target) * Amount / 100m : Amount;

    /// <summary>Reads <c>5%</c> or <c>2</c>; empty text gives <see cref="Default"/>; a percentage above <see cref="MaxPercent"/> is out of range.</summary>
    /// <param name="s">The text to read.</param>
    /// <param name="result">The tolerance read.</param>
    /// <param name="error">Why the text is not a tolerance, naming it.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out Tolerance result, [NotNullWhen(false)] out string? error)
    {
        ReadOnlySpan<char> text = s.Trim();
        result = Default;
        error = null;
        if (text.IsEmpty)
        {
            return true;
        }

        bool relative = text[^1] == '%';
        ReadOnlySpan<char> number = relative ? text[..^1].TrimEnd() : text;
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal amount))
        {
            error = $"'{text}' is not a tolerance: write a percentage of the target such as 5% or a number of units such as 2.";
            return false;
        }

        if (relative && amount > MaxPercent)
        {
            error = $"'{text}' is out of range: a percentage tolerance must be from 0% to {MaxPercent.ToString(CultureInfo.InvariantCulture)}% of the target.";
            return false;
        }

        result = relative ? new(ToleranceKind.Relative, amount) : new(ToleranceKind.Absolute, amount);
        return true;
    }

    /// <summary>Reads <c>5%</c> or <c>2</c>, throwing <see cref="FormatException"/> naming the input.</summary>
    public static Tolerance Parse(string s) => TryParse(s, out Tolerance t, out string? error) ? t : throw new FormatException(error);

    /// <summary><c>5%</c> or <c>2</c>, as <see cref="Parse"/> reads it.</summary>
    public override string ToString() =>
        Amount.ToString(CultureInfo.InvariantCulture) + (Kind == ToleranceKind.Relative ? "%" : string.Empty);
}
