using System;

namespace AiCompliance;

/// <summary>Declares how the model is monitored in production and where incidents are reported.</summary>
/// <example><code>[Monitoring("ai-incidents@example.com", DriftMonitoring = true, ReviewIntervalDays = 90)]</code></example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = false, Inherited = false)]
public sealed class MonitoringAttribute : Attribute
{
    /// <summary>Declares monitoring.</summary>
    /// <param name="incidentContact">Where incidents are reported: an email address or an absolute http(s) URL.</param>
    public MonitoringAttribute(string incidentContact) => IncidentContact = incidentContact;

    /// <summary>Where incidents are reported.</summary>
    public string IncidentContact { get; }

    /// <summary>Whether data and performance drift are monitored.</summary>
    public bool DriftMonitoring { get; set; }

    /// <summary>How often, in days, the model is reviewed; 0 when not set.</summary>
    public int ReviewIntervalDays { get; set; }
}
