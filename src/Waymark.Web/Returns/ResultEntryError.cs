namespace Waymark.Web.Returns;

/// <summary>What is wrong with one field of an entered result; <see cref="Field"/> is the field as the API names it (<c>predicted_year_end</c>).</summary>
public sealed record ResultEntryError(string Field, string Message);
