using Waymark.Periods;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Periods;

public class ReportingPeriodTests
{
    private const string Expected =
        "Use a key such as 2010/11 (financial year), 2010/11 Q3 (financial quarter), AY 2010/11 (academic year), 2010 (calendar year) or 2010-11 (month)";

    [Theory]
    [InlineData(PeriodKind.FinancialYear, 2010, 0, "2010/11", "2010/11")]
    [InlineData(PeriodKind.FinancialQuarter, 2010, 1, "2010/11 Q1", "Q1 2010/11")]
    [InlineData(PeriodKind.FinancialQuarter, 2010, 3, "2010/11 Q3", "Q3 2010/11")]
    [InlineData(PeriodKind.FinancialQuarter, 2010, 4, "2010/11 Q4", "Q4 2010/11")]
    [InlineData(PeriodKind.AcademicYear, 2010, 0, "AY 2010/11", "2010/11 academic year")]
    [InlineData(PeriodKind.CalendarYear, 2010, 0, "2010", "2010")]
    [InlineData(PeriodKind.Month, 2010, 11, "2010-11", "November 2010")]
    [InlineData(PeriodKind.Month, 2011, 1, "2011-01", "January 2011")]
    [InlineData(PeriodKind.FinancialYear, 1999, 0, "1999/00", "1999/00")]
    [InlineData(PeriodKind.FinancialQuarter, 1999, 2, "1999/00 Q2", "Q2 1999/00")]
    [InlineData(PeriodKind.AcademicYear, 1999, 0, "AY 1999/00", "1999/00 academic year")]
    public void KeyAndLabel_EachKind_ReadAsPublished(PeriodKind kind, int year, int index, string key, string label)
    {
        ReportingPeriod period = Create(kind, year, index);

        Assert.Equal(key, period.ToString());
        Assert.Equal(label, period.Label);
        Assert.Equal(kind, period.Kind);
        Assert.Equal(year, period.Year);
        Assert.Equal(index, period.Index);
    }

    [Theory]
    [InlineData("2010/11", PeriodKind.FinancialYear, 2010, 0, "2010/11")]
    [InlineData("2010/2011", PeriodKind.FinancialYear, 2010, 0, "2010/11")]
    [InlineData("FY2010/11", PeriodKind.FinancialYear, 2010, 0, "2010/11")]
    [InlineData("FY 2010/11", PeriodKind.FinancialYear, 2010, 0, "2010/11")]
    [InlineData("fy 2010/2011", PeriodKind.FinancialYear, 2010, 0, "2010/11")]
    [InlineData("2010/11 Q3", PeriodKind.FinancialQuarter, 2010, 3, "2010/11 Q3")]
    [InlineData("Q3 2010/11", PeriodKind.FinancialQuarter, 2010, 3, "2010/11 Q3")]
    [InlineData("q3 2010/11", PeriodKind.FinancialQuarter, 2010, 3, "2010/11 Q3")]
    [InlineData("2010/11 q4", PeriodKind.FinancialQuarter, 2010, 4, "2010/11 Q4")]
    [InlineData("Q1 2010/2011", PeriodKind.FinancialQuarter, 2010, 1, "2010/11 Q1")]
    [InlineData("AY 2010/11", PeriodKind.AcademicYear, 2010, 0, "AY 2010/11")]
    [InlineData("AY2010/11", PeriodKind.AcademicYear, 2010, 0, "AY 2010/11")]
    [InlineData("ay 2010/11", PeriodKind.AcademicYear, 2010, 0, "AY 2010/11")]
    [InlineData("2010/11 academic year", PeriodKind.AcademicYear, 2010, 0, "AY 2010/11")]
    [InlineData("2010/11 Academic Year", PeriodKind.AcademicYear, 2010, 0, "AY 2010/11")]
    [InlineData("2010", PeriodKind.CalendarYear, 2010, 0, "2010")]
    [InlineData("2010-11", PeriodKind.Month, 2010, 11, "2010-11")]
    [InlineData("November 2010", PeriodKind.Month, 2010, 11, "2010-11")]
    [InlineData("november 2010", PeriodKind.Month, 2010, 11, "2010-11")]
    [InlineData("February 2012", PeriodKind.Month, 2012, 2, "2012-02")]
    [InlineData("2011-01", PeriodKind.Month, 2011, 1, "2011-01")]
    [InlineData("  2010/11  ", PeriodKind.FinancialYear, 2010, 0, "2010/11")]
    [InlineData("Q3   2010/11", PeriodKind.FinancialQuarter, 2010, 3, "2010/11 Q3")]
    [InlineData(" 2010/11   Q3 ", PeriodKind.FinancialQuarter, 2010, 3, "2010/11 Q3")]
    [InlineData("AY   2010/11", PeriodKind.AcademicYear, 2010, 0, "AY 2010/11")]
    [InlineData("FY   2010/11", PeriodKind.FinancialYear, 2010, 0, "2010/11")]
    [InlineData("2010/11   academic year", PeriodKind.AcademicYear, 2010, 0, "AY 2010/11")]
    [InlineData("November   2010", PeriodKind.Month, 2010, 11, "2010-11")]
    [InlineData(" 2010 ", PeriodKind.CalendarYear, 2010, 0, "2010")]
    [InlineData("1999/00", PeriodKind.FinancialYear, 1999, 0, "1999/00")]
    [InlineData("1999/2000", PeriodKind.FinancialYear, 1999, 0, "1999/00")]
    [InlineData("1999/00 Q4", PeriodKind.FinancialQuarter, 1999, 4, "1999/00 Q4")]
    [InlineData("AY 1999/00", PeriodKind.AcademicYear, 1999, 0, "AY 1999/00")]
    public void Parse_AcceptedSpelling_GivesPeriodWhoseKeyParsesBack(string text, PeriodKind kind, int year, int index, string key)
    {
        ReportingPeriod period = ReportingPeriod.Parse(text);

        Assert.Equal(Create(kind, year, index), period);
        Assert.Equal(key, period.ToString());
        Assert.Equal(period, ReportingPeriod.Parse(period.ToString()));
    }

    [Theory]
    [InlineData("2010/11 Q3", PeriodKind.FinancialQuarter, 2010, 3)]
    [InlineData("AY 2010/11", PeriodKind.AcademicYear, 2010, 0)]
    [InlineData("November 2010", PeriodKind.Month, 2010, 11)]
    public void TryParse_AcceptedSpelling_SucceedsWithoutError(string text, PeriodKind kind, int year, int index)
    {
        bool parsed = ReportingPeriod.TryParse(text, out ReportingPeriod period, out string? error);

        Assert.True(parsed);
        Assert.Null(error);
        Assert.Equal(Create(kind, year, index), period);
    }

    [Fact]
    public void Parse_EveryPeriodOfTwoYears_KeyAndLabelBothParseBack()
    {
        List<ReportingPeriod> periods =
        [
            ReportingPeriod.FinancialYear(2010),
            ReportingPeriod.AcademicYear(2010),
            ReportingPeriod.CalendarYear(2010),
        ];
        for (int quarter = 1; quarter <= 4; quarter++)
        {
            periods.Add(ReportingPeriod.FinancialQuarter(2010, quarter));
        }

        for (int month = 1; month <= 12; month++)
        {
            periods.Add(ReportingPeriod.Month(2010, month));
            periods.Add(ReportingPeriod.Month(2011, month));
        }

        foreach (ReportingPeriod period in periods)
        {
            Assert.Equal(period, ReportingPeriod.Parse(period.ToString()));
            Assert.Equal(period, ReportingPeriod.Parse(period.Label));
        }

        Assert.Equal(31, periods.Count);
    }

    [Theory]
    [InlineData("2010/12", "'2010/12' is not a period: the second year must be the one after the first (2010/11).")]
    [InlineData("2010/2012", "'2010/2012' is not a period: the second year must be the one after the first (2010/11).")]
    [InlineData("2010/11 Q5", "'2010/11 Q5' is not a period: a financial quarter is Q1, Q2, Q3 or Q4, not Q5.")]
    [InlineData("Q0 2010/11", "'Q0 2010/11' is not a period: a financial quarter is Q1, Q2, Q3 or Q4, not Q0.")]
    [InlineData("2010-13", "'2010-13' is not a period: a month is 01 to 12.")]
    [InlineData("2010-00", "'2010-00' is not a period: a month is 01 to 12.")]
    [InlineData("20101", "'20101' is not a period. " + Expected + ".")]
    [InlineData("hello", "'hello' is not a period. " + Expected + ".")]
    [InlineData("2010/11/12", "'2010/11/12' is not a period. " + Expected + ".")]
    [InlineData("AY 2010", "'AY 2010' is not a period. " + Expected + ".")]
    [InlineData("1066/67", "'1066/67' is not a period: years must be between 1900 and 2998.")]
    [InlineData("1066", "'1066' is not a period: years must be between 1900 and 2998.")]
    [InlineData("1899/00", "'1899/00' is not a period: years must be between 1900 and 2998.")]
    public void Parse_RejectedSpelling_ThrowsFormatExceptionNamingInput(string text, string message)
    {
        FormatException e = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));

        Assert.Equal(message, e.Message);
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2010/12")]
    [InlineData("2010/11 Q5")]
    [InlineData("Q0 2010/11")]
    [InlineData("2010-13")]
    [InlineData("20101")]
    [InlineData("hello")]
    [InlineData("2010/11/12")]
    [InlineData("AY 2010")]
    [InlineData("1066/67")]
    public void TryParse_RejectedSpelling_FailsWithErrorNamingInput(string text)
    {
        bool parsed = ReportingPeriod.TryParse(text, out ReportingPeriod period, out string? error);

        Assert.False(parsed);
        Assert.Equal(default, period);
        Assert.NotNull(error);
        Assert.StartsWith($"'{text}' is not a period", error, StringComparison.Ordinal);
        Assert.False(ReportingPeriod.TryParse(text, null, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_Empty_AsksForAPeriod(string text)
    {
        FormatException e = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));

        Assert.Equal("Enter a period. " + Expected, e.Message);
        Assert.False(ReportingPeriod.TryParse(text, out _, out string? error));
        Assert.Equal("Enter a period. " + Expected, error);
    }

    [Fact]
    public void TryParse_Null_Fails()
    {
        Assert.False(ReportingPeriod.TryParse((string?)null, null, out ReportingPeriod period));
        Assert.Equal(default, period);
    }

    [Theory]
    [InlineData("2010/11", "2010-04-01", "2011-03-31")]
    [InlineData("2010/11 Q1", "2010-04-01", "2010-06-30")]
    [InlineData("2010/11 Q2", "2010-07-01", "2010-09-30")]
    [InlineData("2010/11 Q3", "2010-10-01", "2010-12-31")]
    [InlineData("2010/11 Q4", "2011-01-01", "2011-03-31")]
    [InlineData("2011/12 Q4", "2012-01-01", "2012-03-31")]
    [InlineData("AY 2010/11", "2010-09-01", "2011-08-31")]
    [InlineData("2010", "2010-01-01", "2010-12-31")]
    [InlineData("2010-11", "2010-11-01", "2010-11-30")]
    [InlineData("2010-12", "2010-12-01", "2010-12-31")]
    [InlineData("2011-02", "2011-02-01", "2011-02-28")]
    [InlineData("2012-02", "2012-02-01", "2012-02-29")]
    [InlineData("2000-02", "2000-02-01", "2000-02-29")]
    [InlineData("1999/00", "1999-04-01", "2000-03-31")]
    public void StartAndEnd_EachKind_AreTheFirstAndLastDaysIncluded(string key, string start, string end)
    {
        ReportingPeriod period = ReportingPeriod.Parse(key);

        Assert.Equal(Date(start), period.Start);
        Assert.Equal(Date(end), period.End);
        Assert.True(period.Contains(Date(start)));
        Assert.True(period.Contains(Date(end)));
        Assert.False(period.Contains(Date(start).AddDays(-1)));
        Assert.False(period.Contains(Date(end).AddDays(1)));
    }

    [Theory]
    [InlineData("1900/01", "1900-04-01", "1901-03-31")]
    [InlineData("1900", "1900-01-01", "1900-12-31")]
    [InlineData("1900-01", "1900-01-01", "1900-01-31")]
    public void StartAndEnd_FirstYearAllowed_AreTheFirstAndLastDaysIncluded(string key, string start, string end)
    {
        ReportingPeriod period = ReportingPeriod.Parse(key);

        Assert.Equal(Date(start), period.Start);
        Assert.Equal(Date(end), period.End);
        Assert.True(period.Contains(Date(start)));
    }

    [Theory]
    [InlineData("2998/99", "2998-04-01", "2999-03-31")]
    [InlineData("2998/99 Q4", "2999-01-01", "2999-03-31")]
    [InlineData("AY 2998/99", "2998-09-01", "2999-08-31")]
    [InlineData("2998", "2998-01-01", "2998-12-31")]
    [InlineData("2998-12", "2998-12-01", "2998-12-31")]
    public void StartAndEnd_LastYearAllowed_AreTheFirstAndLastDaysIncluded(string key, string start, string end)
    {
        ReportingPeriod period = ReportingPeriod.Parse(key);

        Assert.Equal(Date(start), period.Start);
        Assert.Equal(Date(end), period.End);
        Assert.True(period.Contains(Date(end)));
    }

    [Theory]
    [InlineData(PeriodKind.FinancialYear, "2011-03-31", "2010/11")]
    [InlineData(PeriodKind.FinancialYear, "2011-04-01", "2011/12")]
    [InlineData(PeriodKind.FinancialQuarter, "2011-03-31", "2010/11 Q4")]
    [InlineData(PeriodKind.FinancialQuarter, "2011-04-01", "2011/12 Q1")]
    [InlineData(PeriodKind.FinancialQuarter, "2010-06-30", "2010/11 Q1")]
    [InlineData(PeriodKind.FinancialQuarter, "2010-07-01", "2010/11 Q2")]
    [InlineData(PeriodKind.FinancialQuarter, "2010-09-30", "2010/11 Q2")]
    [InlineData(PeriodKind.FinancialQuarter, "2010-10-01", "2010/11 Q3")]
    [InlineData(PeriodKind.FinancialQuarter, "2010-12-31", "2010/11 Q3")]
    [InlineData(PeriodKind.FinancialQuarter, "2011-01-01", "2010/11 Q4")]
    [InlineData(PeriodKind.FinancialQuarter, "2012-02-29", "2011/12 Q4")]
    [InlineData(PeriodKind.AcademicYear, "2011-08-31", "AY 2010/11")]
    [InlineData(PeriodKind.AcademicYear, "2011-09-01", "AY 2011/12")]
    [InlineData(PeriodKind.AcademicYear, "2011-01-01", "AY 2010/11")]
    [InlineData(PeriodKind.CalendarYear, "2010-12-31", "2010")]
    [InlineData(PeriodKind.CalendarYear, "2011-01-01", "2011")]
    [InlineData(PeriodKind.Month, "2010-12-31", "2010-12")]
    [InlineData(PeriodKind.Month, "2011-01-01", "2011-01")]
    [InlineData(PeriodKind.Month, "2012-02-29", "2012-02")]
    public void Containing_DateAtABoundary_GivesThePeriodItFallsIn(PeriodKind kind, string date, string key)
    {
        ReportingPeriod period = ReportingPeriod.Containing(kind, Date(date));

        Assert.Equal(key, period.ToString());
        Assert.True(period.Contains(Date(date)));
    }

    [Theory]
    [InlineData("2010/11 Q4", "2010/11 Q3", "2011/12 Q1")]
    [InlineData("2011/12 Q1", "2010/11 Q4", "2011/12 Q2")]
    [InlineData("2011-01", "2010-12", "2011-02")]
    [InlineData("2010-12", "2010-11", "2011-01")]
    [InlineData("2010/11", "2009/10", "2011/12")]
    [InlineData("1999/00", "1998/99", "2000/01")]
    [InlineData("AY 2010/11", "AY 2009/10", "AY 2011/12")]
    [InlineData("2010", "2009", "2011")]
    public void PreviousAndNext_AcrossYearEnds_StepOnePeriod(string key, string previous, string next)
    {
        ReportingPeriod period = ReportingPeriod.Parse(key);

        Assert.Equal(previous, period.Previous().ToString());
        Assert.Equal(next, period.Next().ToString());
        Assert.Equal(period, period.Next().Previous());
    }

    [Theory]
    [InlineData("2010/11 Q3", "2009/10 Q3")]
    [InlineData("2010/11 Q4", "2009/10 Q4")]
    [InlineData("2010-11", "2009-11")]
    [InlineData("2011-01", "2010-01")]
    [InlineData("2010/11", "2009/10")]
    [InlineData("2000/01", "1999/00")]
    [InlineData("AY 2010/11", "AY 2009/10")]
    [InlineData("2010", "2009")]
    public void YearEarlier_EachKind_IsTheSamePeriodOfThePreviousYear(string key, string yearEarlier)
    {
        Assert.Equal(yearEarlier, ReportingPeriod.Parse(key).YearEarlier().ToString());
    }

    [Theory]
    [InlineData(YearType.Financial, 2024, "2023/24", "2024-03-31")]
    [InlineData(YearType.Financial, 2000, "1999/00", "2000-03-31")]
    [InlineData(YearType.Academic, 2024, "AY 2023/24", "2024-08-31")]
    [InlineData(YearType.Calendar, 2024, "2024", "2024-12-31")]
    public void EndingIn_LaitYear_IsTheAnnualPeriodThatEndsInThatYear(YearType yearType, int year, string key, string end)
    {
        ReportingPeriod period = ReportingPeriod.EndingIn(yearType, year);

        Assert.Equal(key, period.ToString());
        Assert.Equal(Date(end), period.End);
    }

    [Theory]
    [InlineData(YearType.Financial, 1900)]
    [InlineData(YearType.Academic, 1900)]
    [InlineData(YearType.Calendar, 2999)]
    public void EndingIn_YearOutOfRange_Throws(YearType yearType, int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.EndingIn(yearType, year));
    }

    [Theory]
    [InlineData("2010/11 Q1", YearType.Financial, "2010/11")]
    [InlineData("2010/11 Q4", YearType.Financial, "2010/11")]
    [InlineData("2010/11 Q4", YearType.Academic, "2010/11")]
    [InlineData("2010-04", YearType.Financial, "2010/11")]
    [InlineData("2010-11", YearType.Financial, "2010/11")]
    [InlineData("2011-03", YearType.Financial, "2010/11")]
    [InlineData("2011-04", YearType.Financial, "2011/12")]
    [InlineData("2010-09", YearType.Academic, "AY 2010/11")]
    [InlineData("2010-11", YearType.Academic, "AY 2010/11")]
    [InlineData("2011-08", YearType.Academic, "AY 2010/11")]
    [InlineData("2011-09", YearType.Academic, "AY 2011/12")]
    [InlineData("2010-12", YearType.Calendar, "2010")]
    [InlineData("2011-01", YearType.Calendar, "2011")]
    [InlineData("2010/11", YearType.Academic, "2010/11")]
    [InlineData("AY 2010/11", YearType.Financial, "AY 2010/11")]
    [InlineData("2010", YearType.Financial, "2010")]
    public void ContainingYear_QuarterMonthOrYear_IsTheYearItBelongsTo(string key, YearType yearType, string year)
    {
        Assert.Equal(year, ReportingPeriod.Parse(key).ContainingYear(yearType).ToString());
    }

    [Theory]
    [InlineData("2010/11 Q1", YearType.Financial, 1, 4)]
    [InlineData("2010/11 Q3", YearType.Financial, 3, 4)]
    [InlineData("2010/11 Q4", YearType.Financial, 4, 4)]
    [InlineData("2010-04", YearType.Financial, 1, 12)]
    [InlineData("2010-11", YearType.Financial, 8, 12)]
    [InlineData("2011-03", YearType.Financial, 12, 12)]
    [InlineData("2010-09", YearType.Academic, 1, 12)]
    [InlineData("2010-11", YearType.Academic, 3, 12)]
    [InlineData("2011-08", YearType.Academic, 12, 12)]
    [InlineData("2010-11", YearType.Calendar, 11, 12)]
    [InlineData("2011-01", YearType.Calendar, 1, 12)]
    [InlineData("2010/11", YearType.Financial, 1, 1)]
    [InlineData("AY 2010/11", YearType.Academic, 1, 1)]
    public void PeriodsElapsedInYear_CountsThisPeriodAndThoseBefore(string key, YearType yearType, int elapsed, int inYear)
    {
        ReportingPeriod period = ReportingPeriod.Parse(key);

        Assert.Equal(elapsed, period.PeriodsElapsedInYear(yearType));
        Assert.Equal(inYear, period.PeriodsInYear);
    }

    [Theory]
    [InlineData("2010/11 Q1", 1, false)]
    [InlineData("2010/11 Q3", 3, false)]
    [InlineData("2010/11 Q4", 4, false)]
    [InlineData("2010/11", null, true)]
    [InlineData("AY 2010/11", null, true)]
    [InlineData("2010", null, true)]
    [InlineData("2010-11", null, false)]
    public void QuarterAndIsYear_EachKind(string key, int? quarter, bool isYear)
    {
        ReportingPeriod period = ReportingPeriod.Parse(key);

        Assert.Equal(quarter, period.Quarter);
        Assert.Equal(isYear, period.IsYear);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void FinancialQuarter_NumberOutsideOneToFour_Throws(int quarter)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.FinancialQuarter(2010, quarter));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Month_NumberOutsideOneToTwelve_Throws(int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Month(2010, month));
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2999)]
    public void FinancialYear_YearOutOfRange_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.FinancialYear(year));
    }

    [Fact]
    public void CompareTo_QuartersAcrossAYearEnd_OrderByTime()
    {
        ReportingPeriod q3 = ReportingPeriod.FinancialQuarter(2010, 3);
        ReportingPeriod q4 = ReportingPeriod.FinancialQuarter(2010, 4);
        ReportingPeriod nextQ1 = ReportingPeriod.FinancialQuarter(2011, 1);

        Assert.True(q3 < q4);
        Assert.True(q4 < nextQ1);
        Assert.True(nextQ1 >= q4);
        Assert.Equal(0, q4.CompareTo(ReportingPeriod.Parse("Q4 2010/11")));
    }

    [Fact]
    public void Format_InterpolatedOrIntoASpan_WritesTheKey()
    {
        ReportingPeriod period = ReportingPeriod.FinancialQuarter(2010, 3);

        Assert.Equal("Period 2010/11 Q3", $"Period {period}");

        Span<char> buffer = stackalloc char[10];
        Assert.True(period.TryFormat(buffer, out int written, default, null));
        Assert.Equal("2010/11 Q3", buffer[..written].ToString());

        Span<char> tooSmall = stackalloc char[9];
        Assert.False(period.TryFormat(tooSmall, out written, default, null));
        Assert.Equal(0, written);
    }

    [Theory]
    [InlineData("Q3 2010/11", "2010/11 Q3")]
    [InlineData("AY2010/11", "AY 2010/11")]
    public void Parse_AsIParsable_ReadsTheSameSpellings(string text, string key)
    {
        Assert.Equal(key, ParseAs<ReportingPeriod>(text).ToString());
    }

    [Fact]
    public void Default_IsNotAPeriod()
    {
        ReportingPeriod none = default;

        Assert.Equal("(no period)", none.ToString());
        Assert.Throws<InvalidOperationException>(() => none.Start);
        Assert.Throws<InvalidOperationException>(() => none.Label);
    }

    private static T ParseAs<T>(string text)
        where T : IParsable<T> => T.Parse(text, null);

    private static ReportingPeriod Create(PeriodKind kind, int year, int index) => kind switch
    {
        PeriodKind.FinancialYear => ReportingPeriod.FinancialYear(year),
        PeriodKind.FinancialQuarter => ReportingPeriod.FinancialQuarter(year, index),
        PeriodKind.AcademicYear => ReportingPeriod.AcademicYear(year),
        PeriodKind.CalendarYear => ReportingPeriod.CalendarYear(year),
        PeriodKind.Month => ReportingPeriod.Month(year, index),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
