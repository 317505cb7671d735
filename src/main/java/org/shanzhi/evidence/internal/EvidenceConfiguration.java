package org.shanzhi.evidence.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The blob store: a local directory ({@code shanzhi.evidence.dir}, default
 * ./data/evidence).
 */
@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

	@Bean
	BlobStore blobStore(@Value("${shanzhi.evidence.dir:./data/evidence}") Path dir) throws IOException {
		return new LocalBlobStore(dir);
	}

}
