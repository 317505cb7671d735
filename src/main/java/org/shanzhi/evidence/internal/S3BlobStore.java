package org.shanzhi.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;

import org.shanzhi.evidence.EvidenceKind;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs in S3-compatible object storage (MinIO, Alibaba OSS, Huawei OBS, AWS S3), under
 * {@code ab/cd/<sha256>} like the local store: content is streamed to a local temporary
 * file while hashed and sniffed (the key is its hash, known only at the end), then
 * uploaded once unless an object of that key exists — objects are never overwritten.
 * Reads ask for a byte range, so playback seeks without fetching the whole object.
 */
public class S3BlobStore implements BlobStore {

	private final S3Client s3;

	private final String bucket;

	private final LocalBlobStore spool;

	public S3BlobStore(String endpoint, String region, String bucket, String accessKey, String secretKey,
			boolean pathStyle, Path spoolDir) throws IOException {
		var builder = S3Client.builder()
			.region(Region.of(region))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
			.serviceConfiguration(
					S3Configuration.builder().pathStyleAccessEnabled(pathStyle).chunkedEncodingEnabled(false).build())
			// plain (not aws-chunked) bodies, which every S3-compatible store accepts;
			// the
			// content's own hashes are checked by verification
			.requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(software.amazon.awssdk.core.checksums.ResponseChecksumValidation.WHEN_REQUIRED);
		if (endpoint != null && !endpoint.isBlank()) {
			builder.endpointOverride(URI.create(endpoint));
		}
		this.s3 = builder.build();
		this.bucket = bucket;
		this.spool = new LocalBlobStore(spoolDir);
	}

	@Override
	public String name() {
		return "s3";
	}

	static String key(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
		return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
	}

	@Override
	public Stored store(InputStream content, EvidenceKind kind, long maxBytes) throws IOException {
		// hashed and sniffed into the local spool first; then sent under its hash
		Stored local = spool.store(content, kind, maxBytes);
		Path file = spool.path(local.sha256());
		try {
			if (exists(local.sha256())) {
				return new Stored(local.sha256(), local.sm3(), local.size(), local.contentType(), false);
			}
			s3.putObject(
					b -> b.bucket(bucket)
						.key(key(local.sha256()))
						.contentType(local.contentType())
						.contentLength(local.size())
						.checksumAlgorithm(software.amazon.awssdk.services.s3.model.ChecksumAlgorithm.SHA256),
					RequestBody.fromFile(file));
			return new Stored(local.sha256(), local.sm3(), local.size(), local.contentType(), true);
		}
		catch (S3Exception ex) {
			throw new IOException("object storage refused the upload: " + ex.getMessage(), ex);
		}
		finally {
			if (local.created()) {
				spool.delete(local.sha256());
			}
		}
	}

	@Override
	public InputStream read(String sha256, long offset) throws IOException {
		try {
			return s3.getObject(GetObjectRequest.builder()
				.bucket(bucket)
				.key(key(sha256))
				.range(offset > 0 ? "bytes=" + offset + "-" : null)
				.build());
		}
		catch (NoSuchKeyException ex) {
			throw new java.io.FileNotFoundException(sha256);
		}
		catch (S3Exception ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

	@Override
	public boolean exists(String sha256) {
		try {
			s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key(sha256)).build());
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw ex;
		}
	}

	@Override
	public void delete(String sha256) {
		s3.deleteObject(b -> b.bucket(bucket).key(key(sha256)));
	}

}
