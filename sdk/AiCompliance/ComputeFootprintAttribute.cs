using System;

namespace AiCompliance;

/// <summary>Declares the energy and emissions of training the model.</summary>
/// <example><code>[ComputeFootprint(TrainingEnergyKWh = 12.5, Co2eKg = 5.1, Hardware = "1x NVIDIA L4", Region = "SG")]</code></example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = false, Inherited = false)]
public sealed class ComputeFootprintAttribute : Attribute
{
    /// <summary>Energy used for training, in kWh; <see cref="double.NaN"/> when not set.</summary>
    public double TrainingEnergyKWh { get; set; } = double.NaN;

    /// <summary>Emissions of training, in kg CO2-equivalent; <see cref="double.NaN"/> when not set.</summary>
    public double Co2eKg { get; set; } = double.NaN;

    /// <summary>The hardware used for training.</summary>
    public string? Hardware { get; set; }

    /// <summary>Where training ran (ISO 3166-1 alpha-2 code or cloud region).</summary>
    public string? Region { get; set; }
}
