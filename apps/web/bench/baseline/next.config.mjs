export default { output: 'export', poweredByHeader: false };
