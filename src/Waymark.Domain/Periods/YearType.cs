namespace Waymark.Periods;

/// <summary>The kind of year an indicator's annual figures and targets belong to.</summary>
public enum YearType
{
    /// <summary>April to March; the default for council performance indicators.</summary>
    Financial = 0,

    /// <summary>September to August, as school and attainment measures are published.</summary>
    Academic = 1,

    /// <summary>January to December, as many health measures are published.</summary>
    Calendar = 2,
}

/// <summary>Conversions between <see cref="YearType"/> and the annual <see cref="PeriodKind"/>.</summary>
public static class YearTypes
{
    /// <summary>The annual period kind of a year type.</summary>
    public static PeriodKind AnnualKind(this YearType yearType) => yearType switch
    {
        YearType.Financial => PeriodKind.FinancialYear,
        YearType.Academic => PeriodKind.AcademicYear,
        YearType.Calendar => PeriodKind.CalendarYear,
        _ => throw new ArgumentOutOfRangeException(nameof(yearType), yearType, "Unknown year type."),
    };

    /// <summary>The first month (1-12) of a year of this type.</summary>
    public static int FirstMonth(this YearType yearType) => yearType switch
    {
        YearType.Financial => 4,
        YearType.Academic => 9,
        YearType.Calendar => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(yearType), yearType, "Unknown year type."),
    };
}
