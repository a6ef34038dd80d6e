package serve

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"sync"
	"testing"
	"time"
)

// LoadClients is how many clients a load run starts at once.
const LoadClients = 200

// loadRun starts LoadClients clients at once on a loopback server, each
// requesting urls in turn rounds times, bounded by the deadline, and
// returns every request's latency and the failures (a status other than
// 200, an error, or the deadline).
func loadRun(t testing.TB, h http.Handler, urls []string, rounds int, deadline time.Duration) (latencies []time.Duration, failures []string) {
	site := httptest.NewServer(h) // listens on 127.0.0.1 only
	defer site.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: LoadClients}}
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := make(chan struct{})
	for c := 0; c < LoadClients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			for i := 0; i < rounds; i++ {
				url := urls[(c+i)%len(urls)]
				begin := time.Now()
				req, _ := http.NewRequestWithContext(ctx, "GET", site.URL+url, nil)
				resp, err := client.Do(req)
				problem := ""
				if err != nil {
					problem = err.Error()
				} else {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != 200 {
						problem = resp.Status
					}
				}
				mu.Lock()
				latencies = append(latencies, time.Since(begin))
				if problem != "" {
					failures = append(failures, url+": "+problem)
				}
				mu.Unlock()
			}
		}()
	}
	close(start)
	wg.Wait()
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	return latencies, failures
}

// percentile is the p-th percentile of sorted latencies.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[int(float64(len(sorted)-1)*p)]
}

// loadURLs mixes searches of every kind of query with the pages a person
// opens.
var loadURLs = []string{
	"/search?q=kouril", "/search?q=%22white+paper%22", "/search?q=security+OR+paper", "/search?q=owner:graf",
	"/search?q=inform+-draft", "/search?q=secur*&year=2006", "/meetings", "/meetings/1", "/meetings/3.json",
	"/people", "/people/1", "/organisations?year=2018&sort=-meetings", "/organisations/1", "/actions", "/actions.csv?status=any",
}

// TestUnderLoad runs 200 clients at once, searching and opening pages on
// the test database over loopback, and requires every request to succeed
// within the bound.
func TestUnderLoad(t *testing.T) {
	s, _ := testServer(t)
	latencies, failures := loadRun(t, s, loadURLs, 5, time.Minute)
	if len(failures) > 0 {
		t.Fatalf("%d of %d requests failed, the first: %s", len(failures), len(latencies), failures[0])
	}
	if len(latencies) != LoadClients*5 {
		t.Fatalf("%d requests, want %d", len(latencies), LoadClients*5)
	}
	t.Logf("%d requests from %d clients: p50 %v, p99 %v", len(latencies), LoadClients, percentile(latencies, 0.5), percentile(latencies, 0.99))
}

// BenchmarkLoad runs 200 concurrent clients against the generated archive
// of BenchmarkPages (100,000 meetings): searches and page views over
// loopback, reporting the p50 and p99 latency of a request and the
// requests served per second. All 200 start at once, so a request's
// latency is mostly its wait for its turn (MaxConns at a time). make bench
// runs it; the figures are in README.
func BenchmarkLoad(b *testing.B) {
	if benchArchive == "" {
		benchArchive, benchTopic = generateArchive(b, benchMeetings)
	}
	s, _ := serveFile(b, benchArchive)
	urls := []string{
		"/search?q=" + benchTopic, "/search?q=" + benchTopic + "&sort=relevance", "/search?q=budget+training",
		"/search?q=%22incident+response%22", "/search?q=" + benchTopic + "+year:2010", "/search?q=owner:%22person+12%22",
		"/meetings", "/meetings?body=Body+7&year=2010", "/meetings/54321", "/meetings/777.json",
		"/people/123", "/organisations/45", "/actions", "/actions?body=Body+3&status=any&sort=owner",
	}
	var all []time.Duration
	start := time.Now()
	for i := 0; i < b.N; i++ {
		latencies, failures := loadRun(b, s, urls, 2, 5*time.Minute)
		if len(failures) > 0 {
			b.Fatalf("%d of %d requests failed, the first: %s", len(failures), len(latencies), failures[0])
		}
		all = append(all, latencies...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	b.ReportMetric(float64(percentile(all, 0.5).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(percentile(all, 0.99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(len(all))/float64(b.N), "requests/op")
	b.ReportMetric(float64(len(all))/time.Since(start).Seconds(), "requests/s")
}
