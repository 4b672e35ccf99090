using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Waymark.Periods;

/// <summary>
/// A period that results and targets are reported for: a financial year, a financial quarter, an academic year,
/// a calendar year or a month. Every period has a stable key (<see cref="ToString()"/>) that
/// <see cref="Parse(string)"/> reads back to the same period, and a label for people (<see cref="Label"/>).
/// </summary>
/// <remarks>
/// <see cref="Start"/> and <see cref="End"/> are both included in the period: 2010/11 runs from 1 April 2010
/// to 31 March 2011 inclusive. The default value is not a valid period.
/// </remarks>
public readonly record struct ReportingPeriod : IComparable<ReportingPeriod>, ISpanParsable<ReportingPeriod>, ISpanFormattable
{
    /// <summary>The earliest first year a period may have.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest first year a period may have.</summary>
    public const int MaxYear = 2998;

    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private const string Expected =
        "Use a key such as 2010/11 (financial year), 2010/11 Q3 (financial quarter), AY 2010/11 (academic year), 2010 (calendar year) or 2010-11 (month)";

    private ReportingPeriod(PeriodKind kind, int year, int index)
    {
        Kind = kind;
        Year = year;
        Index = index;
    }

    /// <summary>The kind of period.</summary>
    public PeriodKind Kind { get; }

    /// <summary>
    /// The year the period starts in: 2010 for 2010/11, 2010/11 Q4 and AY 2010/11; the year itself for a calendar
    /// year or a month.
    /// </summary>
    public int Year { get; }

    /// <summary>The quarter (1-4) of a financial quarter, the month (1-12) of a month, 0 for a year.</summary>
    public int Index { get; }

    // Kind, year and index in one int: equality and hashing are on the hot path of every evaluation.
    private int Packed => ((int)Kind << 24) | (Year << 4) | Index;

    /// <summary>The quarter number 1-4 of a financial quarter; <see langword="null"/> for other kinds.</summary>
    public int? Quarter => Kind == PeriodKind.FinancialQuarter ? Index : null;

    /// <summary>Whether this period is a whole year (financial, academic or calendar).</summary>
    public bool IsYear => Kind is PeriodKind.FinancialYear or PeriodKind.AcademicYear or PeriodKind.CalendarYear;

    /// <summary>The financial year that starts on 1 April of <paramref name="startYear"/>.</summary>
    public static ReportingPeriod FinancialYear(int startYear) => new(PeriodKind.FinancialYear, CheckYear(startYear), 0);

    /// <summary>Quarter <paramref name="quarter"/> (1-4) of the financial year starting in <paramref name="startYear"/>.</summary>
    public static ReportingPeriod FinancialQuarter(int startYear, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new(PeriodKind.FinancialQuarter, CheckYear(startYear), quarter);
    }

    /// <summary>The academic year that starts on 1 September of <paramref name="startYear"/>.</summary>
    public static ReportingPeriod AcademicYear(int startYear) => new(PeriodKind.AcademicYear, CheckYear(startYear), 0);

    /// <summary>The calendar year <paramref name="year"/>.</summary>
    public static ReportingPeriod CalendarYear(int year) => new(PeriodKind.CalendarYear, CheckYear(year), 0);

    /// <summary>Month <paramref name="month"/> (1-12) of <paramref name="year"/>.</summary>
    public static ReportingPeriod Month(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new(PeriodKind.Month, CheckYear(year), month);
    }

    /// <summary>The annual period of <paramref name="yearType"/> that starts in <paramref name="startYear"/>.</summary>
    public static ReportingPeriod AnnualPeriod(YearType yearType, int startYear) => new(yearType.AnnualKind(), CheckYear(startYear), 0);

    /// <summary>
    /// The annual period of <paramref name="yearType"/> that ends in calendar year <paramref name="year"/>: the
    /// financial year (<paramref name="year"/> - 1)/<paramref name="year"/>, the academic year
    /// (<paramref name="year"/> - 1)/<paramref name="year"/>, or the calendar year itself. DfE's LAIT labels each
    /// year's figures this way: <c>2024</c> of a financial-year measure is 2023/24.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The period would start before <see cref="MinYear"/> or after <see cref="MaxYear"/>.</exception>
    public static ReportingPeriod EndingIn(YearType yearType, int year) => yearType switch
    {
        YearType.Financial => FinancialYear(year - 1),
        YearType.Academic => AcademicYear(year - 1),
        YearType.Calendar => CalendarYear(year),
        _ => throw new ArgumentOutOfRangeException(nameof(yearType), yearType, "Unknown year type."),
    };

    /// <summary>The period of <paramref name="kind"/> that contains <paramref name="date"/>.</summary>
    public static ReportingPeriod Containing(PeriodKind kind, DateOnly date)
    {
        int month = date.Month;
        return kind switch
        {
            PeriodKind.FinancialYear => FinancialYear(month >= 4 ? date.Year : date.Year - 1),
            PeriodKind.FinancialQuarter => FinancialQuarter(month >= 4 ? date.Year : date.Year - 1, ((month + 8) % 12 / 3) + 1),
            PeriodKind.AcademicYear => AcademicYear(month >= 9 ? date.Year : date.Year - 1),
            PeriodKind.CalendarYear => CalendarYear(date.Year),
            PeriodKind.Month => Month(date.Year, month),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind."),
        };
    }

    /// <summary>The first day of the period, included in it.</summary>
    public DateOnly Start => Kind switch
    {
        PeriodKind.FinancialYear => new DateOnly(Year, 4, 1),
        PeriodKind.FinancialQuarter => Index == 4 ? new DateOnly(Year + 1, 1, 1) : new DateOnly(Year, 1 + (3 * Index), 1),
        PeriodKind.AcademicYear => new DateOnly(Year, 9, 1),
        PeriodKind.CalendarYear => new DateOnly(Year, 1, 1),
        PeriodKind.Month => new DateOnly(Year, Index, 1),
        _ => throw Invalid(),
    };

    /// <summary>The last day of the period, included in it.</summary>
    public DateOnly End => Kind switch
    {
        PeriodKind.FinancialYear => new DateOnly(Year + 1, 3, 31),
        PeriodKind.FinancialQuarter => Start.AddMonths(3).AddDays(-1),
        PeriodKind.AcademicYear => new DateOnly(Year + 1, 8, 31),
        PeriodKind.CalendarYear => new DateOnly(Year, 12, 31),
        PeriodKind.Month => Start.AddMonths(1).AddDays(-1),
        _ => throw Invalid(),
    };

    /// <summary>Whether <paramref name="date"/> falls in the period, both ends included.</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>The period of the same kind that follows this one.</summary>
    public ReportingPeriod Next() => Step(1);

    /// <summary>The period of the same kind that comes before this one.</summary>
    public ReportingPeriod Previous() => Step(-1);

    /// <summary>
    /// The same period one year earlier: the same quarter of the previous financial year, the same month of the
    /// previous year, or the previous year. Direction of travel compares with this period.
    /// </summary>
    public ReportingPeriod YearEarlier() => new(Kind, CheckYear(Year - 1), Index);

    /// <summary>
    /// The year that this period belongs to for annual targets and year-end predictions: a financial quarter's
    /// financial year; a month's year of <paramref name="yearType"/>; a year itself.
    /// </summary>
    public ReportingPeriod ContainingYear(YearType yearType) => Kind switch
    {
        PeriodKind.FinancialQuarter => FinancialYear(Year),
        PeriodKind.Month => AnnualPeriod(yearType, Index >= yearType.FirstMonth() ? Year : Year - 1),
        PeriodKind.FinancialYear or PeriodKind.AcademicYear or PeriodKind.CalendarYear => this,
        _ => throw Invalid(),
    };

    /// <summary>How many periods of this kind make up its year: 4 quarters, 12 months, or 1 for a year.</summary>
    public int PeriodsInYear => Kind switch
    {
        PeriodKind.FinancialQuarter => 4,
        PeriodKind.Month => 12,
        _ => 1,
    };

    /// <summary>
    /// How many periods of this kind have elapsed in its year up to and including this one: 3 for Q3, 8 for
    /// November in a financial year (April is 1), 1 for a year.
    /// </summary>
    public int PeriodsElapsedInYear(YearType yearType) => Kind switch
    {
        PeriodKind.FinancialQuarter => Index,
        PeriodKind.Month => ((Index - yearType.FirstMonth() + 12) % 12) + 1,
        _ => 1,
    };

    /// <summary>The label people read: <c>Q3 2010/11</c>, <c>2010/11 academic year</c>, <c>November 2010</c>.</summary>
    public string Label => Kind switch
    {
        PeriodKind.FinancialYear => YearPair(Year),
        PeriodKind.FinancialQuarter => string.Create(CultureInfo.InvariantCulture, $"Q{Index} {YearPair(Year)}"),
        PeriodKind.AcademicYear => YearPair(Year) + " academic year",
        PeriodKind.CalendarYear => Year.ToString(CultureInfo.InvariantCulture),
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{MonthNames[Index - 1]} {Year}"),
        _ => throw Invalid(),
    };

    /// <summary>The stable key: <c>2010/11</c>, <c>2010/11 Q3</c>, <c>AY 2010/11</c>, <c>2010</c>, <c>2010-11</c>.</summary>
    public override string ToString() => Kind switch
    {
        PeriodKind.FinancialYear => YearPair(Year),
        PeriodKind.FinancialQuarter => string.Create(CultureInfo.InvariantCulture, $"{YearPair(Year)} Q{Index}"),
        PeriodKind.AcademicYear => "AY " + YearPair(Year),
        PeriodKind.CalendarYear => Year.ToString(CultureInfo.InvariantCulture),
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Index:D2}"),
        _ => "(no period)",
    };

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string key = ToString();
        if (key.TryCopyTo(destination))
        {
            charsWritten = key.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>Whether two periods are the same kind, year and quarter or month.</summary>
    public bool Equals(ReportingPeriod other) => Packed == other.Packed;

    /// <inheritdoc/>
    public override int GetHashCode() => Packed;

    /// <inheritdoc/>
    public int CompareTo(ReportingPeriod other)
    {
        int c = Kind.CompareTo(other.Kind);
        if (c != 0)
        {
            return c;
        }

        c = Year.CompareTo(other.Year);
        return c != 0 ? c : Index.CompareTo(other.Index);
    }

    /// <summary>Compares two periods of any kind: by kind, then by time.</summary>
    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Compares two periods of any kind: by kind, then by time.</summary>
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Compares two periods of any kind: by kind, then by time.</summary>
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two periods of any kind: by kind, then by time.</summary>
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;

    /// <summary>Reads a period, throwing <see cref="FormatException"/> with a message that names the input.</summary>
    public static ReportingPeriod Parse(string s) => Parse(s.AsSpan(), null);

    /// <inheritdoc/>
    public static ReportingPeriod Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan(), provider);

    /// <inheritdoc/>
    public static ReportingPeriod Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, out ReportingPeriod result, out string? error) ? result : throw new FormatException(error);

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ReportingPeriod result) =>
        TryParse(s.AsSpan(), out result, out _);

    /// <inheritdoc/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ReportingPeriod result) =>
        TryParse(s, out result, out _);

    /// <summary>
    /// Reads a period from its key or one of the other accepted spellings: <c>Q3 2010/11</c>, <c>2010/2011</c>,
    /// <c>FY2010/11</c>, <c>AY2010/11</c>, <c>2010/11 academic year</c>, <c>November 2010</c>. Case and spaces
    /// around the parts do not matter.
    /// </summary>
    /// <param name="s">The text to read.</param>
    /// <param name="result">The period read, or the default value.</param>
    /// <param name="error">Why the text is not a period, naming it; <see langword="null"/> on success.</param>
    public static bool TryParse(ReadOnlySpan<char> s, out ReportingPeriod result, [NotNullWhen(false)] out string? error)
    {
        result = default;
        ReadOnlySpan<char> text = s.Trim();
        if (text.IsEmpty)
        {
            error = "Enter a period. " + Expected;
            return false;
        }

        error = null;
        int startYear;
        if (StartsWithWord(text, "AY", out ReadOnlySpan<char> rest) || EndsWithWord(text, "academic year", out rest))
        {
            if (TryYearPair(rest, text, out startYear, ref error))
            {
                result = new(PeriodKind.AcademicYear, startYear, 0);
                return true;
            }
        }
        else if (StartsWithWord(text, "FY", out rest))
        {
            if (TryYearPair(rest, text, out startYear, ref error))
            {
                result = new(PeriodKind.FinancialYear, startYear, 0);
                return true;
            }
        }
        else if (TryQuarter(text, out int quarter, out rest, ref error))
        {
            if (TryYearPair(rest, text, out startYear, ref error))
            {
                result = new(PeriodKind.FinancialQuarter, startYear, quarter);
                return true;
            }
        }
        else if (error is null && text.Contains('/'))
        {
            if (TryYearPair(text, text, out startYear, ref error))
            {
                result = new(PeriodKind.FinancialYear, startYear, 0);
                return true;
            }
        }
        else if (error is null && TryMonth(text, out int year, out int month, ref error))
        {
            result = new(PeriodKind.Month, year, month);
            return true;
        }
        else if (error is null && text.Length == 4 && TryFourDigitYear(text, out year))
        {
            if (year is >= MinYear and <= MaxYear)
            {
                result = new(PeriodKind.CalendarYear, year, 0);
                return true;
            }

            error = OutOfRange(text);
        }

        error ??= $"'{text}' is not a period. {Expected}.";
        return false;
    }

    private ReportingPeriod Step(int by)
    {
        switch (Kind)
        {
            case PeriodKind.FinancialQuarter:
                int q = (Year * 4) + (Index - 1) + by;
                return new(Kind, CheckYear(Math.DivRem(q, 4, out int rq)), rq + 1);
            case PeriodKind.Month:
                int m = (Year * 12) + (Index - 1) + by;
                return new(Kind, CheckYear(Math.DivRem(m, 12, out int rm)), rm + 1);
            case PeriodKind.FinancialYear or PeriodKind.AcademicYear or PeriodKind.CalendarYear:
                return new(Kind, CheckYear(Year + by), 0);
            default:
                throw Invalid();
        }
    }

    private static string YearPair(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear:D4}/{(startYear + 1) % 100:D2}");

    private static int CheckYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"A period's year must be between {MinYear} and {MaxYear}.");
        }

        return year;
    }

    private static InvalidOperationException Invalid() => new("The default ReportingPeriod is not a period.");

    private static string OutOfRange(ReadOnlySpan<char> text) =>
        $"'{text}' is not a period: years must be between {MinYear} and {MaxYear}.";

    private static bool StartsWithWord(ReadOnlySpan<char> text, string word, out ReadOnlySpan<char> rest)
    {
        if (text.Length > word.Length && text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && !char.IsLetter(text[word.Length]))
        {
            rest = text[word.Length..].TrimStart();
            return true;
        }

        rest = default;
        return false;
    }

    private static bool EndsWithWord(ReadOnlySpan<char> text, string words, out ReadOnlySpan<char> rest)
    {
        if (text.Length > words.Length && text.EndsWith(words, StringComparison.OrdinalIgnoreCase) && text[^(words.Length + 1)] == ' ')
        {
            rest = text[..^words.Length].TrimEnd();
            return true;
        }

        rest = default;
        return false;
    }

    // A quarter is written "Q3 2010/11" or "2010/11 Q3".
    private static bool TryQuarter(ReadOnlySpan<char> text, out int quarter, out ReadOnlySpan<char> rest, scoped ref string? error)
    {
        quarter = 0;
        rest = default;
        ReadOnlySpan<char> q;
        if (text.Length > 2 && (text[0] is 'Q' or 'q') && char.IsDigit(text[1]))
        {
            int space = text.IndexOf(' ');
            if (space < 0)
            {
                return false;
            }

            q = text[..space];
            rest = text[space..].Trim();
        }
        else
        {
            int space = text.LastIndexOf(' ');
            if (space < 0 || space + 1 >= text.Length || text[space + 1] is not ('Q' or 'q'))
            {
                return false;
            }

            q = text[(space + 1)..];
            rest = text[..space].Trim();
        }

        if (q.Length == 2 && q[1] is >= '1' and <= '4')
        {
            quarter = q[1] - '0';
            return true;
        }

        error = $"'{text}' is not a period: a financial quarter is Q1, Q2, Q3 or Q4, not {q}.";
        return false;
    }

    // "2010/11" or "2010/2011": the second year must be the one after the first.
    private static bool TryYearPair(ReadOnlySpan<char> pair, ReadOnlySpan<char> text, out int startYear, ref string? error)
    {
        startYear = 0;
        int slash = pair.IndexOf('/');
        if (slash != 4 || !TryFourDigitYear(pair[..4], out int first))
        {
            error ??= $"'{text}' is not a period. {Expected}.";
            return false;
        }

        ReadOnlySpan<char> second = pair[5..];
        bool follows = second.Length switch
        {
            2 => TryDigits(second, out int yy) && yy == (first + 1) % 100,
            4 => TryFourDigitYear(second, out int yyyy) && yyyy == first + 1,
            _ => false,
        };
        if (!follows)
        {
            error = second.Length is 2 or 4 && TryDigits(second, out _)
                ? $"'{text}' is not a period: the second year must be the one after the first ({YearPair(first)})."
                : $"'{text}' is not a period. {Expected}.";
            return false;
        }

        if (first is < MinYear or > MaxYear)
        {
            error = OutOfRange(text);
            return false;
        }

        startYear = first;
        return true;
    }

    // "2010-11" or "November 2010".
    private static bool TryMonth(ReadOnlySpan<char> text, out int year, out int month, ref string? error)
    {
        year = 0;
        month = 0;
        if (text.Length == 7 && text[4] == '-')
        {
            if (!TryFourDigitYear(text[..4], out year) || !TryDigits(text[5..], out month))
            {
                return false;
            }
        }
        else
        {
            int space = text.IndexOf(' ');
            if (space < 0 || !TryFourDigitYear(text[(space + 1)..].Trim(), out year))
            {
                return false;
            }

            ReadOnlySpan<char> name = text[..space];
            for (int i = 0; i < MonthNames.Length && month == 0; i++)
            {
                if (name.Equals(MonthNames[i], StringComparison.OrdinalIgnoreCase))
                {
                    month = i + 1;
                }
            }

            if (month == 0)
            {
                return false;
            }
        }

        if (month is < 1 or > 12)
        {
            error = $"'{text}' is not a period: a month is 01 to 12.";
            return false;
        }

        if (year is < MinYear or > MaxYear)
        {
            error = OutOfRange(text);
            return false;
        }

        return true;
    }

    private static bool TryFourDigitYear(ReadOnlySpan<char> s, out int year) =>
        TryDigits(s, out year) && s.Length == 4;

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > 4)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
