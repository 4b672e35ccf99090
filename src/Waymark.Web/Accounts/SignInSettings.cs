namespace Waymark.Web.Accounts;

/// <summary>
/// How people sign in, from the settings: with a Waymark password (unless <c>WAYMARK_LOCAL_ACCOUNTS</c> is
/// <c>false</c>), and through the council's OpenID Connect identity provider when <c>WAYMARK_OIDC_ISSUER</c>,
/// <c>WAYMARK_OIDC_CLIENT_ID</c> and <c>WAYMARK_OIDC_CLIENT_SECRET</c> are set (<c>WAYMARK_OIDC_NAME</c> names it on
/// the sign-in page). When <c>WAYMARK_ADMINISTRATOR_CODES</c> is <c>required</c>, an administrator who has a Waymark
/// password must set up codes from an authenticator app before using any page.
/// </summary>
public sealed record SignInSettings(bool LocalAccounts, SingleSignOnProvider? Provider)
{
    public const string AdministratorCodesSetting = "WAYMARK_ADMINISTRATOR_CODES";

    /// <summary>Whether administrators who sign in with a password must use codes from an authenticator app too.</summary>
    public bool AdministratorsNeedCodes { get; init; }

    public const string LocalAccountsSetting = "WAYMARK_LOCAL_ACCOUNTS";
    public const string IssuerSetting = "WAYMARK_OIDC_ISSUER";
    public const string ClientIdSetting = "WAYMARK_OIDC_CLIENT_ID";
    public const string ClientSecretSetting = "WAYMARK_OIDC_CLIENT_SECRET";
    public const string NameSetting = "WAYMARK_OIDC_NAME";

    /// <summary>Reads the settings; a setting that is missing or wrong is an error naming it, so the app does not start half configured.</summary>
    public static SignInSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? issuer = Setting(configuration, IssuerSetting);
        string? clientId = Setting(configuration, ClientIdSetting);
        string? secret = Setting(configuration, ClientSecretSetting);
        string? local = Setting(configuration, LocalAccountsSetting);
        bool localAccounts = local is null || !string.Equals(local, "false", StringComparison.OrdinalIgnoreCase);
        if (local is not null && localAccounts && !string.Equals(local, "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{LocalAccountsSetting} must be true or false, not \"{local}\".");
        }

        string? codes = Setting(configuration, AdministratorCodesSetting);
        if (codes is not null && codes is not ("required" or "optional"))
        {
            throw new InvalidOperationException($"{AdministratorCodesSetting} must be required or optional, not \"{codes}\".");
        }

        bool needCodes = codes == "required";
        if (issuer is null && clientId is null && secret is null)
        {
            return localAccounts
                ? new SignInSettings(true, null) { AdministratorsNeedCodes = needCodes }
                : throw new InvalidOperationException($"{LocalAccountsSetting} is false but {IssuerSetting} is not set, so nobody could sign in.");
        }

        if (issuer is null || clientId is null || secret is null)
        {
            string missing = string.Join(", ", new[] { (IssuerSetting, issuer), (ClientIdSetting, clientId), (ClientSecretSetting, secret) }.Where(s => s.Item2 is null).Select(s => s.Item1));
            throw new InvalidOperationException($"Single sign-on needs {IssuerSetting}, {ClientIdSetting} and {ClientSecretSetting}; {missing} not set.");
        }

        if (!Uri.TryCreate(issuer, UriKind.Absolute, out Uri? address) || (address.Scheme != Uri.UriSchemeHttps && !(address.Scheme == Uri.UriSchemeHttp && address.IsLoopback)))
        {
            throw new InvalidOperationException($"{IssuerSetting} must be an https address (http only on this machine), not \"{issuer}\".");
        }

        return new SignInSettings(localAccounts, new SingleSignOnProvider(address, clientId, secret, Setting(configuration, NameSetting) ?? "your council's sign-in")) { AdministratorsNeedCodes = needCodes };
    }

    private static string? Setting(IConfiguration configuration, string name) =>
        configuration[name] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

/// <summary>The council's OpenID Connect identity provider: its issuer, Waymark's client id and secret there, and its name for people.</summary>
public sealed record SingleSignOnProvider(Uri Issuer, string ClientId, string ClientSecret, string Name)
{
    public override string ToString() => $"{Name} ({Issuer})";
}
