namespace Waymark.Data.Tests.Files;

internal static class FileTestData
{
    public const string IndicatorHeader = "code,title,unit,polarity,frequency,aggregation,tolerance,decimals";

    public const string ResultHeader = "indicator,period,value,numerator,denominator,predicted_year_end,data_quality,commentary";

    public const string Indicators = IndicatorHeader + "\n" +
        "NI 66,Looked after children cases reviewed on time,percent,higher,quarterly,ratio,,1\n" +
        "NI 43,Young people sentenced to custody,percent,lower,quarterly,ratio,,1\n" +
        "LSP-HW2Bi,Children looked after per 10000,rate_per_10000,none,quarterly,snapshot,,1\n" +
        "NI 111,First time entrants,number,lower,quarterly,cumulative,,0\n";
}
