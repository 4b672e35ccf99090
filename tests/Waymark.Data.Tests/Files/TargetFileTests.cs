using Waymark.Data.Files;
using Waymark.Periods;
using Waymark.Targets;

namespace Waymark.Data.Tests.Files;

public class TargetFileTests
{
    private static IndicatorSet Indicators()
    {
        var problems = new FileProblems();
        return new IndicatorSet(IndicatorFile.Read(new StringReader(FileTestData.Indicators), "indicators.csv", problems));
    }

    [Fact]
    public void Read_GoodFile_GivesEachIndicatorItsSchedule()
    {
        IndicatorSet set = Indicators();
        var problems = new FileProblems();
        TargetSchedule[] schedules = TargetFile.Read(
            new StringReader("indicator,period,target\nNI 66,2008/09,80\nni 43,Q3 2008/09,6.8\nNI 111,2010/11,1150\n"),
            "targets.csv",
            set,
            problems);

        Assert.False(problems.Any);
        Assert.Equal(80m, schedules[0].SetFor(ReportingPeriod.FinancialYear(2008)));
        Assert.Equal(6.8m, schedules[1].SetFor(ReportingPeriod.FinancialQuarter(2008, 3)));
        Assert.Equal(0, schedules[2].Count);
        Assert.Equal(863m, schedules[3].For(set.All[3], ReportingPeriod.FinancialQuarter(2010, 3))!.Value.Value);
    }

    [Fact]
    public void Read_BadRows_AreAllReported()
    {
        var problems = new FileProblems();
        TargetFile.Read(
            new StringReader("indicator,period,target\n" +
                "NI 99,2008/09,80\n" +
                "NI 66,2008/13,80\n" +
                "NI 66,2008/09,\"77,4\"\n" +
                "NI 66,2009/10,80\n" +
                "NI 66,2009/2010,81\n" +
                "NI 66,2010/11,120\n" +
                "NI 43,2010/11,\n"),
            "targets.csv",
            Indicators(),
            problems);

        Assert.Equal(
            [
                "targets.csv, line 2, column indicator: 'NI 99' is not an indicator in the indicators file",
                "targets.csv, line 3, column period: '2008/13' is not a period: the second year must be the one after the first (2008/09).",
                "targets.csv, line 4, column target: '77,4' is not a number: use a point for decimals and commas only between thousands (for example 77.4)",
                "targets.csv, line 6, column period: NI 66 already has a target for 2009/10 on line 5",
                "targets.csv, line 7, column target: The target 120 is out of range for NI 66, whose targets must be from 0 to 100 (the default for a percent indicator; an indicator can set its own minimum and maximum)",
                "targets.csv, line 8, column target: Enter a target",
            ],
            problems.Kept.Select(p => p.ToString()));
    }
}
