namespace Waymark.Periods;

/// <summary>The kind of a <see cref="ReportingPeriod"/>.</summary>
public enum PeriodKind
{
    /// <summary>1 April to 31 March, keyed <c>2010/11</c>.</summary>
    FinancialYear = 1,

    /// <summary>A quarter of a financial year, keyed <c>2010/11 Q3</c>: Q1 April-June, Q2 July-September, Q3 October-December, Q4 January-March.</summary>
    FinancialQuarter = 2,

    /// <summary>1 September to 31 August, keyed <c>AY 2010/11</c>.</summary>
    AcademicYear = 3,

    /// <summary>1 January to 31 December, keyed <c>2010</c>.</summary>
    CalendarYear = 4,

    /// <summary>A calendar month, keyed <c>2010-11</c>.</summary>
    Month = 5,
}
