namespace Waymark.Figures;

/// <summary>
/// Why a person's text is not a figure: what they typed, what was wrong with it (empty when nothing more specific
/// can be said) and an example of what is accepted, made from what they typed where possible.
/// </summary>
/// <param name="Entered">The text as typed, trimmed.</param>
/// <param name="Hint">What to change, such as <c>use a point for decimals</c>; empty when there is no specific advice.</param>
/// <param name="Example">A figure that would be accepted, such as <c>77.4</c>.</param>
public sealed record FigureError(string Entered, string Hint, string Example)
{
    /// <summary>
    /// The message for a value in a file, after its place: <c>'77,4' is not a number: use a point for decimals and
    /// commas only between thousands (for example 77.4)</c>; <c>'ninety' is not a number</c> when nothing more can be said.
    /// </summary>
    public string Message => Hint.Length == 0 ? $"'{Entered}' is not a number" : $"'{Entered}' is not a number: {Hint} (for example {Example})";

    /// <summary>
    /// The message for a form field or an API property, led by its label: <c>The result must be a number, like 87.4</c>,
    /// or with advice, <c>The result must be a number, like 77.4: use a point for decimals ... (you entered 77,4)</c>.
    /// </summary>
    public string For(string label) => Hint.Length == 0
        ? $"{label} must be a number, like {Example}"
        : $"{label} must be a number, like {Example}: {Hint} (you entered {Entered})";
}
