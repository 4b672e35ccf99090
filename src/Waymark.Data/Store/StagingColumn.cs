namespace Waymark.Data.Store;

/// <summary>The kinds of value a staging table holds.</summary>
public enum StagingType
{
    Integer,
    Text,
    Number,
    Date,
    Boolean,
    Timestamp,
}

/// <summary>A column of a staging table.</summary>
/// <param name="Name">The column's name, the same as in the table merged into.</param>
/// <param name="Type">What it holds.</param>
public sealed record StagingColumn(string Name, StagingType Type);
