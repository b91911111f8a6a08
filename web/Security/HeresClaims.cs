namespace HeresHealthy.Web.Security;

/// <summary>The claims a signed-in user carries; role, entity and network decide everything the user may see.</summary>
public static class HeresClaims
{
    public const string Entity = "heres:entity";
    public const string Network = "heres:network";
    public const string Stamp = "heres:stamp";

    /// <summary>The session's own id, so that signing out ends this session even for a copied cookie.</summary>
    public const string Session = "heres:session";

    /// <summary>Present while the user signed in with a first password: nothing but the password change is open to her.</summary>
    public const string MustChangePassword = "heres:must-change-password";
}
