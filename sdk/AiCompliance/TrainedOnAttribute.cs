using System;

namespace AiCompliance;

/// <summary>Names the datasets the model was trained or fine-tuned on. Each id must match an <c>[assembly: Dataset]</c>.</summary>
/// <example><code>[TrainedOn("loan-applications-2019-2024", "bureau-scores-2024")]</code></example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = false, Inherited = false)]
public sealed class TrainedOnAttribute : Attribute
{
    /// <summary>Declares the training data.</summary>
    /// <param name="datasetIds">The ids of the datasets, as declared by <see cref="DatasetAttribute"/> (matched ignoring case and surrounding white space).</param>
    public TrainedOnAttribute(params string[] datasetIds) => DatasetIds = datasetIds ?? Array.Empty<string>();

    /// <summary>The ids of the datasets.</summary>
    public string[] DatasetIds { get; }
}
