package org.shanzhi.evidence.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The blob store: a local directory ({@code shanzhi.evidence.dir}, default
 * ./data/evidence), or with {@code shanzhi.evidence.store=s3} an S3-compatible bucket
 * ({@code shanzhi.evidence.s3.endpoint}, {@code .bucket}, {@code .region},
 * {@code .access-key}, {@code .secret-key}, {@code .path-style}), the directory then
 * spooling uploads while they are hashed.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

	@Bean
	BlobStore blobStore(@Value("${shanzhi.evidence.dir:./data/evidence}") Path dir,
			@Value("${shanzhi.evidence.store:local}") String kind,
			@Value("${shanzhi.evidence.s3.endpoint:}") String endpoint,
			@Value("${shanzhi.evidence.s3.region:us-east-1}") String region,
			@Value("${shanzhi.evidence.s3.bucket:shanzhi-evidence}") String bucket,
			@Value("${shanzhi.evidence.s3.access-key:}") String accessKey,
			@Value("${shanzhi.evidence.s3.secret-key:}") String secretKey,
			@Value("${shanzhi.evidence.s3.path-style:true}") boolean pathStyle,
			@Value("${shanzhi.evidence.openssl:openssl}") String openssl) throws IOException {
		Sm3Stream.configure(openssl);
		return switch (kind) {
			case "local" -> new LocalBlobStore(dir);
			case "s3" ->
				new S3BlobStore(endpoint, region, bucket, accessKey, secretKey, pathStyle, dir.resolve("spool"));
			default -> throw new IllegalStateException("shanzhi.evidence.store is local or s3, not " + kind);
		};
	}

}
