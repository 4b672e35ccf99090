using System.Text.Json;

namespace Waymark.Cli.Tests;

public class IntervalCommandTests
{
    // Newcombe (1998), Statistics in Medicine 17:857-872, Table II: 81 of 263 is 30.8%, Wilson 95% 25.5% to 36.6%.
    [Fact]
    public void Csv_Percent_IsTheWilsonScoreInterval()
    {
        CliRun run = CliRun.Of("interval", "--numerator", "81", "--denominator", "263", "--unit", "percent");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["numerator,denominator,unit,value,lower,upper,confidence,method", "81,263,percent,30.8,25.5,36.6,95,wilson"], run.OutputLines);
    }

    [Theory]
    [InlineData("0", "95", "0.0,0.0,14.8,95,exact_poisson")]
    [InlineData("9", "95", "36.0,16.5,68.3,95,exact_poisson")]
    [InlineData("10", "95", "40.0,19.1,73.6,95,byar")]
    [InlineData("10", "99.8", "40.0,11.7,96.8,99.8,byar")]
    public void Csv_Rate_UsesExactLimitsUnder10AndByarFrom10(string count, string confidence, string figures)
    {
        CliRun run = CliRun.Of("interval", "--numerator", count, "--denominator", "2,500", "--unit", "rate_per_10000", "--confidence", confidence);

        Assert.Equal($"{count},2500,rate_per_10000,{figures}", run.OutputLines[1]);
    }

    [Fact]
    public void Json_IsAnArrayOfOneObject()
    {
        CliRun run = CliRun.Of("interval", "--numerator", "40", "--denominator", "40", "--unit", "percent", "--confidence", "99.8", "--decimals", "2", "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        JsonElement row = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(100.00m, row.GetProperty("value").GetDecimal());
        Assert.Equal(100.00m, row.GetProperty("upper").GetDecimal());
        Assert.Equal(80.73m, row.GetProperty("lower").GetDecimal());
        Assert.Equal("99.8", row.GetProperty("confidence").GetString());
        Assert.Equal("wilson", row.GetProperty("method").GetString());
    }

    [Theory]
    [InlineData("11", "10", "percent", "95", "The numerator cannot be more than the denominator for a percentage")]
    [InlineData("5", "0", "percent", "95", "The denominator must be more than 0")]
    [InlineData("5", "10", "days", "95", "There is no confidence interval for a value in days: intervals are for percentages, numbers and rates")]
    [InlineData("5", "10", "percentage", "95", "--unit: 'percentage' is not a unit: use percent|number|rate_per_1000|rate_per_10000|rate_per_100000|days|currency|score")]
    [InlineData("5", "10", "percent", "99", "--confidence: '99' is not a confidence level: use 95|99.8")]
    [InlineData("5,5", "10", "percent", "95", "--numerator: '5,5' is not a number: use a point for decimals and commas only between thousands (for example 5.5)")]
    public void BadInput_IsNamedAndNothingIsWritten(string numerator, string denominator, string unit, string confidence, string message)
    {
        CliRun run = CliRun.Of("interval", "--numerator", numerator, "--denominator", denominator, "--unit", unit, "--confidence", confidence);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal([message], run.ErrorLines);
    }
}
