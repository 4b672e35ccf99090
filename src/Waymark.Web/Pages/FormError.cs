namespace Waymark.Web.Pages;

/// <summary>One problem with a form, as the error summary and the field show it.</summary>
public sealed record FormError(string Key, string FieldId, string Message);
