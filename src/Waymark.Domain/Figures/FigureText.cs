using System.Diagnostics.CodeAnalysis;
using System.Globalization;

using Waymark.Indicators;

namespace Waymark.Figures;

/// <summary>
/// The one way a figure a person typed (in a file, a form or the API) is read, and the one way a value is written
/// with its unit for people.
/// </summary>
/// <remarks>
/// Reading accepts an optional leading minus sign, digits with a point for decimals, and commas only as thousands
/// separators between groups of three digits (<c>1,234.5</c>); surrounding spaces are ignored. It refuses, rather
/// than reinterprets, a decimal comma (<c>6,5</c>), commas out of place (<c>1,2,3</c>), more than one point, a
/// percent or pound sign, exponents and anything else: the unit says what the figure is.
/// </remarks>
public static class FigureText
{
    private const string GenericExample = "87.4";

    /// <summary>
    /// Reads an optional figure: empty or blank text is no value (<see langword="null"/>); otherwise the number, or
    /// <paramref name="error"/> saying why the text is not one.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal? value, [NotNullWhen(false)] out FigureError? error)
    {
        value = null;
        error = null;
        ReadOnlySpan<char> t = text.Trim();
        if (t.IsEmpty)
        {
            return true;
        }

        if (TryRead(t, out decimal number))
        {
            value = number;
            return true;
        }

        error = Explain(t);
        return false;
    }

    /// <summary>
    /// A value at <paramref name="decimals"/> places with thousands separated: <c>1,234.5</c>; empty when there is none.
    /// The value is written as stored; round it first where the rules call for it.
    /// </summary>
    public static string Number(decimal? value, int decimals) =>
        value is { } v ? v.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>
    /// A value with its unit, as people read it: <c>12.5%</c>, <c>81.6 per 10,000</c>, <c>14 days</c> (<c>1 day</c>),
    /// <c>£1,250</c> (<c>-£1,250</c>), <c>1,452</c> for a number or a score; empty when there is none.
    /// </summary>
    public static string WithUnit(decimal? value, Unit unit, int decimals)
    {
        if (value is not { } v)
        {
            return string.Empty;
        }

        string number = Number(v, decimals);
        return unit switch
        {
            Unit.Percent => number + "%",
            Unit.RatePer1000 => number + " per 1,000",
            Unit.RatePer10000 => number + " per 10,000",
            Unit.RatePer100000 => number + " per 100,000",
            Unit.Days => number + (v == 1m ? " day" : " days"),
            Unit.Currency => v < 0 ? "-£" + Number(-v, decimals) : "£" + number,
            Unit.Number or Unit.Score => number,
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown unit."),
        };
    }

    /// <summary>A value with the unit and decimals of <paramref name="indicator"/>; see <see cref="WithUnit(decimal?, Unit, int)"/>.</summary>
    public static string WithUnit(decimal? value, IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return WithUnit(value, indicator.Unit, indicator.Decimals);
    }

    private static bool TryRead(ReadOnlySpan<char> t, out decimal number)
    {
        number = 0m;
        int i = t[0] == '-' ? 1 : 0;
        int digitsInGroup = 0;
        bool sawComma = false;
        while (i < t.Length && t[i] != '.')
        {
            char c = t[i];
            if (char.IsAsciiDigit(c))
            {
                digitsInGroup++;
            }
            else if (c == ',')
            {
                // The first group has one to three digits, every later one exactly three.
                if (digitsInGroup == 0 || (sawComma ? digitsInGroup != 3 : digitsInGroup > 3))
                {
                    return false;
                }

                sawComma = true;
                digitsInGroup = 0;
            }
            else
            {
                return false;
            }

            i++;
        }

        if (digitsInGroup == 0 || (sawComma && digitsInGroup != 3))
        {
            return false;
        }

        if (i < t.Length)
        {
            int fraction = i + 1;
            if (fraction == t.Length)
            {
                return false;
            }

            for (int j = fraction; j < t.Length; j++)
            {
                if (!char.IsAsciiDigit(t[j]))
                {
                    return false;
                }
            }
        }

        return decimal.TryParse(
            t,
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands,
            CultureInfo.InvariantCulture,
            out number);
    }

    private static FigureError Explain(ReadOnlySpan<char> t)
    {
        string entered = t.ToString();
        if (t.IndexOf('%') >= 0)
        {
            string without = entered.Replace("%", string.Empty, StringComparison.Ordinal).Trim();
            return new(entered, "leave out the % sign (the unit says it is a percentage)", Example(without));
        }

        if (t.IndexOf('£') >= 0)
        {
            string without = entered.Replace("£", string.Empty, StringComparison.Ordinal).Trim();
            return new(entered, "leave out the £ sign (the unit says it is money)", Example(without));
        }

        int commas = t.Count(',');
        if (commas > 0)
        {
            int comma = t.IndexOf(',');
            bool decimalComma = commas == 1 && t.IndexOf('.') < 0 && t.Length - comma - 1 is > 0 and not 3;
            string suggestion = decimalComma
                ? $"{t[..comma]}.{t[(comma + 1)..]}"
                : entered.Replace(",", string.Empty, StringComparison.Ordinal);
            return new(entered, "use a point for decimals and commas only between thousands", Example(suggestion));
        }

        if (t.Count('.') > 1)
        {
            return new(entered, "use one point, for decimals", GenericExample);
        }

        return new(entered, string.Empty, GenericExample);
    }

    private static string Example(string candidate) => TryRead(candidate, out _) ? candidate : GenericExample;
}
