package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"time"

	"minutes/serve"
)

func init() {
	register(&command{
		name:    "serve",
		usage:   "serve [--db FILE] [--addr HOST:PORT]",
		summary: "Browse and search the database in a web browser (read-only).",
		run:     runServe,
	})
}

func runServe(args []string, stdout, stderr io.Writer) int {
	flags := newFlags(commands["serve"], stderr)
	dbPath := flags.String("db", "minutes.db", "the database to serve, opened read-only")
	addr := flags.String("addr", "127.0.0.1:8080", "the address to listen on (loopback: this machine only)")
	if status, ok := parseFlagsOnly(flags, args); !ok {
		return status
	}
	if _, err := os.Stat(*dbPath); err != nil {
		fmt.Fprintf(stderr, "minutes: %v (import some minutes first: minutes import --db %s FOLDER)\n", err, *dbPath)
		return 1
	}
	db, err := serve.OpenDB(*dbPath)
	if err != nil {
		fmt.Fprintf(stderr, "minutes: %v\n", err)
		return 1
	}
	defer db.Close()
	handler, err := serve.New(db)
	if err != nil {
		fmt.Fprintf(stderr, "minutes: %v\n", err)
		return 1
	}
	handler.Log = log.New(stderr, "minutes serve: ", log.LstdFlags)
	listener, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "minutes: %v\n", err)
		return 1
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second, WriteTimeout: 30 * time.Second}
	if warning := exposedWarning(listener.Addr()); warning != "" {
		fmt.Fprintln(stderr, warning)
	}
	fmt.Fprintf(stdout, "serving %s on http://%s/ (Ctrl-C to stop)\n", *dbPath, listener.Addr())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	if err := srv.Serve(listener); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "minutes: %v\n", err)
		return 1
	}
	return 0
}

// exposedWarning is the one line printed when the view listens on an
// address other machines can reach: it has no authentication. "" for
// loopback.
func exposedWarning(addr net.Addr) string {
	tcp, ok := addr.(*net.TCPAddr)
	if ok && tcp.IP.IsLoopback() {
		return ""
	}
	return fmt.Sprintf("minutes: warning: listening on %s, reachable from other machines; the view has no authentication: anyone who can reach it can read the whole database", addr)
}
