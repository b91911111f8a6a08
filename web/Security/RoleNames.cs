namespace HeresHealthy.Web.Security;

/// <summary>The roles as users call them.</summary>
public static class RoleNames
{
    public static string German(string? role) => role switch
    {
        "Practice" => "Praxis",
        "Lotsin" => "Familienlotsin",
        "Coordinator" => "Koordination",
        "Kiosk" => "Familienkiosk",
        "Admin" => "Verwaltung",
        "DataProtectionOfficer" => "Datenschutz",
        "Reporting" => "Berichte",
        _ => "unbekannte Rolle",
    };
}
