namespace Waymark.Indicators;

/// <summary>
/// Something wrong with one part of an <see cref="IndicatorEntry"/>, said twice: <see cref="Message"/> as a file
/// problem says it, quoting the text, beside its row and column; <see cref="FormMessage"/> as a form says it beside
/// the field, in GOV.UK style.
/// </summary>
/// <param name="Field">The part, named as the column of <c>indicators.csv</c> that holds it: <c>code</c>, ..., <c>year_type</c>.</param>
/// <param name="Message">What is wrong and what to write instead, quoting the text where there is some.</param>
public sealed record IndicatorEntryError(string Field, string Message)
{
    /// <summary>
    /// What the form says beside the field, such as "Enter a title" or "Select whether higher or lower is better, or
    /// neither": the same whatever was written, as the field shows it.
    /// </summary>
    public string FormMessage => Field switch
    {
        "code" => "Enter a code",
        "title" => "Enter a title",
        "unit" => "Select a unit",
        "polarity" => "Select whether higher or lower is better, or neither",
        "frequency" => "Select how often results are reported",
        "aggregation" => "Select how results add up over the year",
        "tolerance" => "Tolerance must be a percentage of the target, like 5%, or a number of units, like 2",
        "decimals" => $"Decimals must be a whole number from 0 to {IndicatorDefinition.MaxDecimals}",
        "year_type" => "Select the year the indicator is reported by",
        _ => Message,
    };
}
