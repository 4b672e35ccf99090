using Waymark.Data.Files;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Testing;

namespace Waymark.Data.Tests.Files;

public class LaitDictionaryFileTests
{
    private const string Header = "Measure_code,Topic,Measure,Chart_title,Measure_short,Polarity,y_axis_name,dps,Year_Type\n";

    private static (IReadOnlyList<LaitMeasure> Measures, FileProblems Problems) Read(string text)
    {
        var problems = new FileProblems();
        return (LaitDictionaryFile.Read(new StringReader(text), "dictionary.csv", problems), problems);
    }

    private static IndicatorDefinition Only(string row)
    {
        var (measures, problems) = Read(Header + row + "\n");
        Assert.False(problems.Any, string.Join('\n', problems.Kept));
        return Assert.Single(measures).Definition;
    }

    [Fact]
    public void Read_PublishedDictionary_GivesEveryMeasureOnce()
    {
        var problems = new FileProblems();
        using var text = new StreamReader(RepositoryPaths.PublicData("lait_data_dictionary_compact.csv"));

        IReadOnlyList<LaitMeasure> measures = LaitDictionaryFile.Read(text, "lait_data_dictionary_compact.csv", problems);

        Assert.False(problems.Any, string.Join('\n', problems.Kept));
        Assert.Equal(434, measures.Count);
        Assert.Equal(434, new IndicatorSet(measures.Select(m => m.Definition)).All.Count);

        IndicatorDefinition reReferral = measures.Single(m => m.Definition.Code == "ReReferral").Definition;
        Assert.Equal("Re-referrals to children's social care within 12 months of the previous referral (%)", reReferral.Title);
        Assert.Equal(Unit.Percent, reReferral.Unit);
        Assert.Equal(Polarity.Lower, reReferral.Polarity);
        Assert.Equal(1, reReferral.Decimals);
        Assert.Equal(YearType.Financial, reReferral.YearType);
        Assert.Equal(Frequency.Annual, reReferral.Frequency);

        LaitMeasure unauthorised = measures.Single(m => m.Definition.Code == "LAC_Unauth");
        Assert.Equal(["Children Looked After", "All Pupil Absence & Exclusions"], unauthorised.Topics);
        Assert.Equal(2, unauthorised.Definition.Decimals);
    }

    [Theory]
    [InlineData("% of referrals", Unit.Percent)]
    [InlineData("Percentage of pupils", Unit.Percent)]
    [InlineData("Rate per 1000 live births", Unit.RatePer1000)]
    [InlineData("Rate per 1,000 15 - 17 year olds", Unit.RatePer1000)]
    [InlineData("Rate per 10,000", Unit.RatePer10000)]
    [InlineData("Rate per 10000 of 10-17 population", Unit.RatePer10000)]
    [InlineData("Rate per 100,000 of 10-17 population", Unit.RatePer100000)]
    [InlineData("Score per pupil", Unit.Number)]
    [InlineData("Rate per 100", Unit.Number)]
    [InlineData("Case Load", Unit.Number)]
    [InlineData("", Unit.Number)]
    public void Read_AxisName_GivesTheUnit(string axis, Unit unit)
    {
        Assert.Equal(unit, Only($"1,Topic,Measure,Title,M,Low,\"{axis}\",NA,Financial Year").Unit);
    }

    [Theory]
    [InlineData("Financial Year", YearType.Financial)]
    [InlineData("Academic Year", YearType.Academic)]
    [InlineData("Calendar Year", YearType.Calendar)]
    [InlineData("Annual - January", YearType.Academic)]
    [InlineData("Annual (end of Sept)", YearType.Calendar)]
    [InlineData("Annual", YearType.Financial)]
    [InlineData("Quarter", YearType.Financial)]
    [InlineData("", YearType.Financial)]
    public void Read_YearType_IsTheYearThatLaitsYearsEnds(string yearType, YearType expected)
    {
        Assert.Equal(expected, Only($"1,Topic,Measure,Title,M,Low,% of pupils,NA,{yearType}").YearType);
    }

    [Theory]
    [InlineData("High", Polarity.Higher)]
    [InlineData("low", Polarity.Lower)]
    [InlineData("-", Polarity.None)]
    [InlineData("NA", Polarity.None)]
    [InlineData("", Polarity.None)]
    public void Read_Polarity_HighIsHigherLowIsLowerOtherwiseNone(string polarity, Polarity expected)
    {
        Assert.Equal(expected, Only($"1,Topic,Measure,Title,M,{polarity},% of pupils,NA,Financial Year").Polarity);
    }

    [Theory]
    [InlineData("2", "% of pupils", 2)]
    [InlineData("0", "Rate per 10,000", 0)]
    [InlineData("NA", "% of pupils", 1)]
    [InlineData("", "Rate per 10,000", 1)]
    [InlineData("NA", "Case Load", 1)]
    [InlineData("NA", "Number of pupils", 0)]
    public void Read_Decimals_AreDpsOrOneUnlessACount(string dps, string axis, int decimals)
    {
        Assert.Equal(decimals, Only($"1,Topic,Measure,Title,M,Low,\"{axis}\",{dps},Financial Year").Decimals);
    }

    [Theory]
    [InlineData("Chart title", "Chart title")]
    [InlineData("", "Measure")]
    [InlineData("NA", "Measure")]
    public void Read_Title_IsTheChartTitleOrElseTheMeasure(string chartTitle, string title)
    {
        Assert.Equal(title, Only($"1,Topic,Measure,{chartTitle},M,Low,% of pupils,NA,Financial Year").Title);
    }

    [Theory]
    [InlineData("Chart title", "Chart title")]
    [InlineData("", null)]
    [InlineData("NA", null)]
    public void Read_DefinitionText_IsTheChartTitleWhenThereIsOne(string chartTitle, string? text)
    {
        Assert.Equal(text, Only($"1,Topic,Measure,{chartTitle},M,Low,% of pupils,NA,Financial Year").Text);
    }

    [Fact]
    public void Read_PublishedDictionary_GivesEachMeasureTheChartTitleAsItsDefinition()
    {
        var problems = new FileProblems();
        using var text = new StreamReader(RepositoryPaths.PublicData("lait_data_dictionary_compact.csv"));

        IReadOnlyList<LaitMeasure> measures = LaitDictionaryFile.Read(text, "lait_data_dictionary_compact.csv", problems);

        Assert.Equal(
            "Low birth weight full term live births as a percentage of all full term live births",
            measures.Single(m => m.Definition.Code == "Low_Birth_Weight_Babies").Definition.Text);
    }

    [Fact]
    public void Read_EveryBadRow_IsReportedWithLineColumnAndValue()
    {
        var (measures, problems) = Read(Header +
            "1,Topic A,Good,,GOOD,High,% of pupils,NA,Academic Year\n" +
            "2,Topic A,No code,,,High,% of pupils,NA,Academic Year\n" +
            "3,Topic A,,,NOTITLE,High,% of pupils,NA,Academic Year\n" +
            "4,Topic A,Bad polarity,,UP,Up,% of pupils,NA,Academic Year\n" +
            "5,Topic A,Bad dps,,DPS,High,% of pupils,two,Academic Year\n" +
            "6,Topic A,Too many dps,,DPS7,High,% of pupils,7,Academic Year\n" +
            "1,Topic B,Good,,GOOD,Low,% of pupils,NA,Academic Year\n" +
            "1,Topic B,Good,,GOOD,High,% of pupils,NA,Financial Year\n" +
            "1,Topic B,Good,,GOOD,High,% of pupils,2,Academic Year\n" +
            "1,Topic B,Good,,GOOD,High,% of pupils,3,Academic Year\n");

        LaitMeasure good = Assert.Single(measures);
        Assert.Equal(["Topic A", "Topic B"], good.Topics);
        Assert.Equal(2, good.Definition.Decimals);
        Assert.Equal(
            [
                "dictionary.csv, line 3, column Measure_short: Enter the measure's short name",
                "dictionary.csv, line 4, column Measure: Enter the measure's title",
                "dictionary.csv, line 5, column Polarity: 'Up' is not a polarity: use High, Low, or - for none",
                "dictionary.csv, line 6, column dps: 'two' is not a number of decimal places: use a whole number from 0 to 6, or NA",
                "dictionary.csv, line 7, column dps: '7' is not a number of decimal places: use a whole number from 0 to 6, or NA",
                "dictionary.csv, line 8, column Polarity: GOOD is listed on line 2 with polarity higher, here lower: a measure has one polarity",
                "dictionary.csv, line 9, column Year_Type: GOOD is listed on line 2 with year type academic, here financial: a measure has one year type",
                "dictionary.csv, line 11, column dps: GOOD is listed on line 2 with 2 decimal places, here 3: a measure has one number of decimal places",
            ],
            problems.Kept.Select(p => p.ToString()));
    }
}
